#include "cli/clicontext.h"
#include "commands.h"
#include "domain/meetingdiff.h"
#include "interchange/controlcode.h"
#include "meetingid.h"
#include "storage/lifecyclerepository.h"

using namespace Qt::StringLiterals;

namespace Bayon::Cli {

namespace {
QString moment(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QString statusKey(const std::optional<MeetingStatus>& status)
{
    return status ? enumKey(*status) : QString();
}

// A changed text with its words marked as wdiff marks them: [-removed-] {+added+}.
QString marked(const QList<MeetingDiff::Words>& words)
{
    QString text;
    for (const MeetingDiff::Words& run : words) {
        switch (run.kind) {
        case MeetingDiff::Words::Kind::Same:
            text += run.text;
            break;
        case MeetingDiff::Words::Kind::Removed:
            text += u"[-"_s + run.text + u"-]"_s;
            break;
        case MeetingDiff::Words::Kind::Added:
            text += u"{+"_s + run.text + u"+}"_s;
            break;
        }
    }
    return text.replace(u'\n', u' ');
}

const char* kindName(MeetingDiff::Change::Kind kind)
{
    switch (kind) {
    case MeetingDiff::Change::Kind::Added:
        return "added";
    case MeetingDiff::Change::Kind::Removed:
        return "removed";
    case MeetingDiff::Change::Kind::Changed:
        return "changed";
    case MeetingDiff::Change::Kind::Moved:
        return "moved";
    }
    return "";
}

// history ID --diff N M: one line a change from revision N to M:
//   added|removed|changed|moved  part  field  text (words marked, or "before → after")
int printDiff(CliContext& context, Database& database, qint64 id, const QStringList& revisions)
{
    QList<Meeting> states;
    for (const QString& text : revisions) {
        bool isNumber = false;
        const int revision = text.toInt(&isNumber);
        if (!isNumber || revision < 1)
            return context.usage(QStringLiteral("'%1' is not a revision number").arg(text));
        const Result<Meeting> state = database.lifecycle().loadRevision(id, revision);
        if (!state)
            return context.fail(state.error());
        states.append(*state);
    }
    for (const MeetingDiff::Change& change : MeetingDiff::compare(states.at(0), states.at(1))) {
        QString text;
        if (change.kind == MeetingDiff::Change::Kind::Moved)
            text = change.before + u" → "_s + change.after;
        else if (change.kind == MeetingDiff::Change::Kind::Changed || !change.field.isEmpty())
            text = marked(change.words);
        else
            text = QString(
                change.kind == MeetingDiff::Change::Kind::Added ? change.after : change.before)
                       .replace(u'\n', u' ');
        context.out() << kindName(change.kind) << '\t' << change.part << '\t' << change.field
                      << '\t' << text << '\n';
    }
    return CliContext::Success;
}
} // namespace

// The kept revisions, then the audit log, newest first, tab-separated:
//   revision N  saved-at  kind  status  author  code-of-content  autosaves
//   audit  at  user  action  from  to  revision  note
// With --diff N M, what changed from revision N to revision M instead.
int runHistory(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    const QCommandLineOption diffOption(QStringLiteral("diff"),
        QStringLiteral(
            "what changed from revision N to revision M (two revision numbers follow the id)"));
    parser.addOption(diffOption);
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(diffOption) && args.size() != 3)
        return context.usage(QStringLiteral("history ID --diff N M takes two revision numbers"));
    if (!parser.isSet(diffOption) && args.size() != 1)
        return context.usage(QStringLiteral("history takes one meeting id"));
    const std::optional<qint64> id = parseMeetingId(args.first());
    if (!id)
        return context.usage(QStringLiteral("'%1' is not a meeting id").arg(args.first()));

    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    if (parser.isSet(diffOption))
        return printDiff(context, **database, *id, args.mid(1));
    const Result<MeetingHistory> history = (*database)->lifecycle().history(*id);
    if (!history)
        return context.fail(history.error());
    for (const RevisionInfo& revision : history->revisions) {
        context.out() << "revision\t" << revision.revision << '\t' << moment(revision.savedAt)
                      << '\t' << enumKey(revision.kind) << '\t' << enumKey(revision.status) << '\t'
                      << revision.author << '\t' << ControlCode::fromHash(revision.contentHash)
                      << '\t' << revision.autosaves << '\n';
    }
    for (const AuditEntry& line : history->audit) {
        context.out() << "audit\t" << moment(line.at) << '\t' << line.user << '\t'
                      << enumKey(line.action) << '\t' << statusKey(line.from) << '\t'
                      << statusKey(line.to) << '\t' << line.revision << '\t'
                      << QString(line.note).replace(u'\n', u' ') << '\n';
    }
    return CliContext::Success;
}

} // namespace Bayon::Cli
