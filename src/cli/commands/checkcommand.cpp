#include "cli/clicontext.h"
#include "commands.h"
#include "storage/meetingrepository.h"
#include "text/proofreader.h"

namespace Bayon::Cli {

// One line a finding: part, field, position, rule, message (tab-separated).
// Like a linter, it exits with 1 when it found anything, so scripts can stop.
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

    const QList<Finding> findings = Proofreader::check(*meeting);
    for (const Finding& finding : findings) {
        context.out() << finding.part << '\t' << finding.field << '\t' << finding.position << '\t'
                      << finding.rule << '\t' << finding.message << '\n';
    }
    if (findings.isEmpty())
        return CliContext::Success;
    return context.fail(QStringLiteral("%1 finding(s) in meeting %2").arg(findings.size()).arg(args.first()));
}

} // namespace Bayon::Cli
