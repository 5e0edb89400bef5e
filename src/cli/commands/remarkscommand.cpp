#include "cli/clicontext.h"
#include "commands.h"
#include "domain/remark.h"
#include "domain/reviewcopyidentity.h"
#include "meetingid.h"
#include "storage/meetingrepository.h"
#include "storage/remarkrepository.h"
#include "storage/remarkstore.h"
#include "storage/username.h"

#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Bayon::Cli {

namespace {

// The name the editor's Preferences keep (src/gui/preferences.cpp, in the
// editor's settings: organisation "Bayon", application "bayon"), else the
// account's (UserName::current(): $BAYON_USER, the full name, the login).
QString defaultReviewer()
{
    const QString preferred = QSettings(u"Bayon"_s, u"bayon"_s).value(u"user/name"_s).toString();
    return preferred.trimmed().isEmpty() ? UserName::current() : preferred.trimmed();
}

// The review copy --db names, opened read-only, and its identity.
struct OpenCopy
{
    Database* database = nullptr;
    ReviewCopyIdentity identity;
};

Result<OpenCopy> openReviewCopy(CliContext& context)
{
    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return database.error();
    const std::optional<ReviewCopyIdentity> identity = (*database)->reviewCopy();
    if (!identity)
        return Error::refused(
            u"%1 is not a review copy: remarks are written in a review copy (bayon-cli pack makes "
            "one) and imported here with 'remarks import FILE'"_s.arg(context.databasePath()));
    return OpenCopy {*database, *identity};
}

QString oneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    text.replace(u'\t', u' ');
    return text;
}

// "report 2.1", with what became of it: "report 2.1 (moved: now report 1.1)".
QString partColumn(const ImportedRemark& imported)
{
    const QString reviewed = imported.remark.part.name();
    const QString now = imported.location.current.name();
    switch (imported.location.placement) {
    case RemarkLocation::Placement::Unchanged:
        return reviewed;
    case RemarkLocation::Placement::Moved:
        return u"%1 (moved: now %2)"_s.arg(reviewed, now);
    case RemarkLocation::Placement::Changed:
        return reviewed == now
            ? u"%1 (changed since revision %2)"_s.arg(reviewed).arg(imported.remark.revision)
            : u"%1 (changed since revision %2: now %3)"_s.arg(reviewed)
                  .arg(imported.remark.revision)
                  .arg(now);
    case RemarkLocation::Placement::Gone:
        return u"%1 (gone)"_s.arg(reviewed);
    }
    return reviewed;
}

int add(CliContext& context, const QStringList& args, const QString& part, const QString& text,
    const QString& reviewer)
{
    if (args.size() != 1)
        return context.usage(u"remarks add takes one meeting id, --part PART and --text TEXT"_s);
    const std::optional<qint64> id = parseMeetingId(args.first());
    if (!id)
        return context.usage(u"'%1' is not a meeting id"_s.arg(args.first()));
    if (part.isNull() || text.isNull())
        return context.usage(u"remarks add needs --part PART and --text TEXT"_s);
    const Result<RemarkPart> named = RemarkPart::parse(part);
    if (!named)
        return context.fail(named.error().message);

    const Result<OpenCopy> copy = openReviewCopy(context);
    if (!copy)
        return context.fail(copy.error());
    const Result<Meeting> meeting = copy->database->meetings().load(*id);
    if (!meeting)
        return context.fail(meeting.error());
    const Result<Remark> remark = Remark::create(*meeting, *named, text,
        reviewer.isNull() ? defaultReviewer() : reviewer, QDateTime::currentDateTimeUtc());
    if (!remark)
        return context.fail(remark.error());
    RemarkStore store(
        RemarkStore::defaultFolder(), copy->identity.id, copy->identity.sourceDatabaseId);
    if (const Status added = store.add(*remark); !added)
        return context.fail(added.error());
    context.out() << remark->uid.toString(QUuid::WithoutBraces) << '\t' << remark->part.name()
                  << Qt::endl;
    return CliContext::Success;
}

int exportRemarks(
    CliContext& context, const QStringList& args, const QString& output, const QString& reviewer)
{
    if (!args.isEmpty() || output.isEmpty())
        return context.usage(u"remarks export takes --output FILE and nothing else"_s);
    const Result<OpenCopy> copy = openReviewCopy(context);
    if (!copy)
        return context.fail(copy.error());
    const RemarkStore store(
        RemarkStore::defaultFolder(), copy->identity.id, copy->identity.sourceDatabaseId);
    const Result<RemarksFile> file = store.exportFile(
        reviewer.isNull() ? defaultReviewer() : reviewer, QDateTime::currentDateTimeUtc());
    if (!file)
        return context.fail(file.error());
    if (const Status written = store.exportTo(output, file->reviewer, file->exportedAt); !written)
        return context.fail(written.error());
    context.out() << file->remarks.size() << '\t' << output << Qt::endl;
    return CliContext::Success;
}

int import(CliContext& context, const QStringList& args)
{
    if (args.size() != 1)
        return context.usage(u"remarks import takes one remarks file"_s);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(u"cannot read %1: %2"_s.arg(args.first(), file.errorString()));
    const QByteArray contents = file.readAll();
    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    const Result<RemarkImport> imported = (*database)->remarks().import(contents);
    if (!imported)
        return context.fail(imported.error());
    context.out() << imported->added << " added, " << imported->alreadyThere << " already there"
                  << Qt::endl;
    return CliContext::Success;
}

int list(CliContext& context, const QStringList& args)
{
    if (args.size() != 1)
        return context.usage(u"remarks list takes one meeting id"_s);
    const std::optional<qint64> id = parseMeetingId(args.first());
    if (!id)
        return context.usage(u"'%1' is not a meeting id"_s.arg(args.first()));
    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const Result<QList<ImportedRemark>> remarks = (*database)->remarks().list(*id);
    if (!remarks)
        return context.fail(remarks.error());
    for (const ImportedRemark& imported : *remarks) {
        context.out() << imported.remark.uid.toString(QUuid::WithoutBraces) << '\t'
                      << partColumn(imported) << '\t' << oneLine(imported.remark.reviewer) << '\t'
                      << enumKey(imported.remark.state) << '\t' << oneLine(imported.remark.text)
                      << '\n';
    }
    return CliContext::Success;
}

int state(CliContext& context, const QStringList& args)
{
    if (args.size() != 2)
        return context.usage(u"remarks state takes a remark's id and a state (%1)"_s.arg(
            enumKeys<RemarkState>().join(u'|')));
    const QUuid uid = QUuid::fromString(args.at(0));
    if (uid.isNull())
        return context.usage(u"'%1' is not a remark's id"_s.arg(args.at(0)));
    const std::optional<RemarkState> to = enumFromKey<RemarkState>(args.at(1));
    if (!to)
        return context.usage(u"unknown state '%1' (expected %2)"_s.arg(
            args.at(1), enumKeys<RemarkState>().join(u'|')));
    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    if (const Status marked = (*database)->remarks().setState(uid, *to); !marked)
        return context.fail(marked.error());
    context.out() << uid.toString(QUuid::WithoutBraces) << '\t' << enumKey(*to) << Qt::endl;
    return CliContext::Success;
}

} // namespace

// Members' remarks. In a review copy: add and export, which keep
// the remarks in the member's own data folder and never write to the copy.
// In the secretary's database: import, list and state.
int runRemarks(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"add|export|import|list|state"_s, u"what to do"_s);
    const QCommandLineOption partOption(u"part"_s,
        u"meeting, agenda N, report N.M, kpi N.M.R, resolution N or appendix N"_s, u"PART"_s);
    const QCommandLineOption textOption(u"text"_s, u"the remark"_s, u"TEXT"_s);
    const QCommandLineOption reviewerOption(u"reviewer"_s,
        u"the reviewer's name (default: the one in Preferences, else the account's)"_s, u"NAME"_s);
    const QCommandLineOption outputOption(u"output"_s, u"the remarks file to write"_s, u"FILE"_s);
    parser.addOptions({partOption, textOption, reviewerOption, outputOption});
    if (!context.parse(parser))
        return context.usage(context.parseError());
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usage(u"remarks needs one of add, export, import, list, state"_s);
    const QString action = args.takeFirst();
    const auto optional = [&parser](const QCommandLineOption& option) {
        return parser.isSet(option) ? parser.value(option) : QString();
    };
    const bool addOptions = parser.isSet(partOption) || parser.isSet(textOption);
    const bool sendOptions = parser.isSet(reviewerOption);
    if ((addOptions && action != u"add") || (sendOptions && action != u"add" && action != u"export")
        || (parser.isSet(outputOption) && action != u"export"))
        return context.usage(u"an option was given that 'remarks %1' does not take"_s.arg(action));

    if (action == u"add")
        return add(
            context, args, optional(partOption), optional(textOption), optional(reviewerOption));
    if (action == u"export")
        return exportRemarks(context, args, parser.value(outputOption), optional(reviewerOption));
    if (action == u"import")
        return import(context, args);
    if (action == u"list")
        return list(context, args);
    if (action == u"state")
        return state(context, args);
    return context.usage(
        u"unknown action '%1' (expected add, export, import, list or state)"_s.arg(action));
}

} // namespace Bayon::Cli
