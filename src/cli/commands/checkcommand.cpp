#include "cli/clicontext.h"
#include "commands.h"
#include "document/meetingproofreader.h"
#include "domain/meetingvalidator.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

// One line a finding: part, field, position, rule, message (tab-separated):
// first what MeetingValidator finds (no position; the rule is the warning's
// own, "follow-up" or "speaker", else "error" or "warning": a missing quorum,
// a wrong vote total, a roll call naming a non-member), then the
// proofreader's findings over every text. Like a linter, it exits with 1 when it
// found anything, warnings included, so scripts can stop.
int runCheck(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(QStringLiteral("check takes one meeting id"));

    const Result<Meeting> meeting = context.loadMeeting(args.first());
    if (!meeting)
        return context.fail(meeting.error());

    const QList<ValidationIssue> issues = MeetingValidator::validate(*meeting);
    for (const ValidationIssue& issue : issues) {
        context.out() << issue.part << '\t' << issue.field << '\t' << -1 << '\t'
                      << (!issue.rule.isEmpty()      ? issue.rule
                                 : issue.isWarning() ? QStringLiteral("warning")
                                                     : QStringLiteral("error"))
                      << '\t' << issue.message << '\n';
    }
    const QList<Finding> findings = MeetingProofreader::check(*meeting);
    for (const Finding& finding : findings) {
        context.out() << finding.part << '\t' << finding.field << '\t' << finding.position << '\t'
                      << finding.rule << '\t' << finding.message << '\n';
    }
    const qsizetype total = issues.size() + findings.size();
    if (total == 0)
        return CliContext::Success;
    return context.fail(QStringLiteral("%1 finding(s) in meeting %2").arg(total).arg(args.first()));
}

} // namespace Bayon::Cli
