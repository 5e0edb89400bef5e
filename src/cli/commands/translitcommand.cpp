#include "cli/clicontext.h"
#include "commands.h"
#include "stdintext.h"
#include "text/transliterator.h"

namespace Bayon::Cli {

int runTranslit(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("cyrl|latn"), QStringLiteral("SCRIPT"));
    parser.addOption(toOption);
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            QStringLiteral("translit reads standard input and takes no arguments"));
    const QString to = parser.value(toOption);
    if (to != u"cyrl" && to != u"latn")
        return context.usage(QStringLiteral("translit needs --to cyrl or --to latn"));

    const Status ready = Transliterator::status();
    if (!ready)
        return context.fail(ready.error());
    const Script script = to == u"cyrl" ? Script::Cyrillic : Script::Latin;
    context.out() << Transliterator::to(script, readStandardInput());
    return CliContext::Success;
}

} // namespace Bayon::Cli
