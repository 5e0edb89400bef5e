#include "cli/clicontext.h"
#include "commands.h"
#include "storage/councilrepository.h"

namespace Bayon::Cli {

// One line a body: id, short name, members, meetings, full name (tab-separated).
int runCouncils(CliContext& context)
{
    QCommandLineParser parser;
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("councils takes no arguments"));

    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const auto councils = (*database)->councils().list();
    if (!councils)
        return context.fail(councils.error());
    for (const CouncilSummary& council : *councils) {
        context.out() << council.id << '\t' << council.shortName << '\t' << council.memberCount
                      << '\t' << council.meetingCount << '\t' << council.fullName << '\n';
    }
    return CliContext::Success;
}

} // namespace Bayon::Cli
