#include "cli/clicontext.h"
#include "commands.h"
#include "interchange/controlcode.h"
#include "meetingid.h"
#include "storage/lifecyclerepository.h"

#include <QFile>

namespace Bayon::Cli {

namespace {

// The code a PDF carries, and the meetings and revisions that have it.
int verifyPdf(CliContext& context, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const std::optional<QString> code = ControlCode::findInPdf(file.readAll());
    if (!code)
        return context.fail(QStringLiteral("%1 carries no Bayon control code: it is not the PDF of "
                                           "a final or signed protocol")
                                .arg(path));
    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const auto matches = (*database)->lifecycle().findControlCode(*code);
    if (!matches)
        return context.fail(matches.error());
    if (matches->isEmpty())
        return context.fail(QStringLiteral("no protocol in %1 has the control code %2")
                                .arg(context.databasePath(), *code));
    QString broken;
    for (const ControlCodeMatch& match : *matches) {
        // The revision the PDF shows was kept; whether the meeting still
        // stands as it was is its own check (content and audit log).
        const Result<ControlCheck> check = (*database)->lifecycle().verify(match.meetingId);
        if (!check)
            return context.fail(check.error());
        if (broken.isEmpty() && check->brokenLine != 0)
            broken = QStringLiteral("meeting %1 was changed behind Bayon's back: %2")
                         .arg(QString::number(match.meetingId), check->chainProblem);
        else if (broken.isEmpty() && match.current && !check->matches())
            broken = QStringLiteral("meeting %1 does not match its control code %2 any more: its "
                                    "stored protocol now gives %3; it was changed behind Bayon's "
                                    "back")
                         .arg(QString::number(match.meetingId), *code, check->computedCode);
        context.out() << *code << '\t' << match.meetingId << '\t' << match.meetingNumber << '\t'
                      << match.meetingDate.toString(Qt::ISODate) << '\t' << match.revision << '\t'
                      << enumKey(match.status) << '\t'
                      << (match.current ? QStringLiteral("current") : QStringLiteral("superseded"))
                      << '\n';
    }
    if (!broken.isEmpty())
        return context.fail(broken);
    return CliContext::Success;
}

} // namespace

// verify ID: whether the stored protocol still has the control code it was
// finalised with and its audit log's chain holds (exit 0) or not (exit 1,
// naming the first line of the log that does not fit). verify --pdf FILE: which meeting
// and revision the code in a PDF belongs to (exit 1 when none).
int runVerify(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), QStringLiteral("a PDF exported by Bayon"), QStringLiteral("FILE"));
    parser.addOption(pdfOption);
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(pdfOption)) {
        if (!args.isEmpty())
            return context.usage(
                QStringLiteral("verify takes a meeting id or --pdf FILE, not both"));
        return verifyPdf(context, parser.value(pdfOption));
    }
    if (args.size() != 1)
        return context.usage(QStringLiteral("verify takes one meeting id, or --pdf FILE"));
    const std::optional<qint64> id = parseMeetingId(args.first());
    if (!id)
        return context.usage(QStringLiteral("'%1' is not a meeting id").arg(args.first()));

    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const Result<ControlCheck> check = (*database)->lifecycle().verify(*id);
    if (!check)
        return context.fail(check.error());
    const LifecycleState& state = check->state;
    context.out() << state.meetingId << '\t' << enumKey(state.status) << '\t' << state.revision
                  << '\t' << (state.controlCode.isEmpty() ? QStringLiteral("-") : state.controlCode)
                  << '\t' << check->computedCode << '\t'
                  << (check->matches() ? QStringLiteral("match") : QStringLiteral("MISMATCH"))
                  << '\n';
    if (check->matches())
        return CliContext::Success;
    if (!check->hasStoredCode())
        return context.fail(QStringLiteral("meeting %1 is %2 and has no control code; it gets one "
                                           "when it is finalised")
                                .arg(state.meetingId)
                                .arg(enumKey(state.status)));
    if (check->computedHash == state.controlHash)
        return context.fail(QStringLiteral("meeting %1 was changed behind Bayon's back: %2")
                                .arg(QString::number(state.meetingId), check->chainProblem));
    return context.fail(QStringLiteral("meeting %1 does not match its control code: it was "
                                       "finalised as %2, its stored protocol now gives %3; it was "
                                       "changed behind Bayon's back")
                            .arg(state.meetingId)
                            .arg(state.controlCode, check->computedCode));
}

} // namespace Bayon::Cli
