#include "cli/clicontext.h"
#include "commands.h"
#include "document/meetingjson.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(QStringLiteral("show takes one meeting id"));

    const Result<Meeting> meeting = context.loadMeeting(args.first());
    if (!meeting)
        return context.fail(meeting.error());
    context.out() << QString::fromUtf8(MeetingJson::write(*meeting));
    return CliContext::Success;
}

} // namespace Bayon::Cli
