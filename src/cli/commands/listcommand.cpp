#include "cli/clicontext.h"
#include "commands.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

int runList(CliContext& context)
{
    QCommandLineParser parser;
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("list takes no arguments"));

    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const auto summaries = (*database)->meetings().list();
    if (!summaries)
        return context.fail(summaries.error());
    for (const MeetingSummary& summary : *summaries) {
        context.out() << summary.id << '\t' << summary.date.toString(Qt::ISODate) << '\t'
                      << summary.number << '\t' << enumKey(summary.status) << '\t' << summary.title
                      << '\n';
    }
    return CliContext::Success;
}

} // namespace Bayon::Cli
