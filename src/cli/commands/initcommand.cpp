#include "cli/clicontext.h"
#include "commands.h"

namespace Bayon::Cli {

int runInit(CliContext& context)
{
    QCommandLineParser parser;
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("init takes no arguments"));

    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    context.out() << (*database)->path() << '\t' << "schema " << (*database)->schemaVersion()
                  << Qt::endl;
    return CliContext::Success;
}

} // namespace Bayon::Cli
