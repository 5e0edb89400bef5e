#include "cli/clicontext.h"
#include "commands.h"
#include "datearg.h"
#include "domain/statusworkflow.h"
#include "meetingid.h"
#include "storage/lifecyclerepository.h"

namespace Bayon::Cli {

// Moves a meeting along its workflow; going back to draft from final or
// signed reopens it, with --note as the reason. Prints the meeting's id, new
// status, revision and (when final or signed) its control code.
int runStatus(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    parser.addPositionalArgument(QStringLiteral("STATUS"), enumKeys<MeetingStatus>().join(u'|'));
    const QCommandLineOption noteOption(QStringLiteral("note"),
        QStringLiteral("a note for the audit log; the reason when reopening"),
        QStringLiteral("TEXT"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        QStringLiteral("the day the paper copy was signed (signed only; default today)"),
        QStringLiteral("DATE"));
    parser.addOptions({noteOption, dateOption});
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(QStringLiteral("status takes a meeting id and a status (%1)")
                                 .arg(enumKeys<MeetingStatus>().join(u'|')));
    const std::optional<qint64> id = parseMeetingId(args.at(0));
    if (!id)
        return context.usage(QStringLiteral("'%1' is not a meeting id").arg(args.at(0)));
    const std::optional<MeetingStatus> to = enumFromKey<MeetingStatus>(args.at(1));
    if (!to)
        return context.usage(QStringLiteral("unknown status '%1' (expected %2)")
                                 .arg(args.at(1), enumKeys<MeetingStatus>().join(u'|')));
    QDate signedOn;
    if (parser.isSet(dateOption)) {
        if (*to != MeetingStatus::Signed)
            return context.usage(
                QStringLiteral("--date is the day of signing: it goes with 'signed'"));
        const std::optional<QDate> date = parseDateArgument(parser.value(dateOption));
        if (!date)
            return context.usage(
                QStringLiteral("'%1' is not a date (2025-07-10)").arg(parser.value(dateOption)));
        signedOn = *date;
    }

    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    // Reopening needs its reason: say how to give it here.
    const Result<LifecycleState> before = (*database)->lifecycle().state(*id);
    if (!before)
        return context.fail(before.error());
    if (StatusWorkflow::isReopening(before->status, *to)
        && parser.value(noteOption).trimmed().isEmpty())
        return context.fail(
            QStringLiteral("meeting %1 is %2: going back to draft reopens it, which "
                           "needs the reason in --note TEXT")
                .arg(*id)
                .arg(enumKey(before->status)));
    const Result<Meeting> moved
        = (*database)->lifecycle().transition(*id, *to, parser.value(noteOption), {}, signedOn);
    if (!moved)
        return context.fail(moved.error());
    const Result<LifecycleState> state = (*database)->lifecycle().state(*id);
    if (!state)
        return context.fail(state.error());
    context.out() << state->meetingId << '\t' << enumKey(state->status) << '\t' << state->revision
                  << '\t' << state->controlCode << '\n';
    return CliContext::Success;
}

} // namespace Bayon::Cli
