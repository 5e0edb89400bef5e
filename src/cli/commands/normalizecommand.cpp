#include "cli/clicontext.h"
#include "commands.h"
#include "stdintext.h"
#include "text/apostrophes.h"

namespace Bayon::Cli {

int runNormalize(CliContext& context)
{
    QCommandLineParser parser;
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            QStringLiteral("normalize reads standard input and takes no arguments"));
    context.out() << Apostrophes::normalize(readStandardInput());
    return CliContext::Success;
}

} // namespace Bayon::Cli
