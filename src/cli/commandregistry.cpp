#include "commandregistry.h"

#include "commands/commands.h"

namespace Bayon::Cli {

const QList<CliCommand>& allCommands()
{
    using Needs = CliCommand::Needs;
    static const QList<CliCommand> commands{
        {QStringLiteral("init"), QStringLiteral("init                      create or migrate; print the path and the schema version"), Needs::Core, runInit},
        {QStringLiteral("sample"), QStringLiteral("sample                    add the bundled sample meeting; print its id"), Needs::Core, runSample},
        {QStringLiteral("list"), QStringLiteral("list                      one line a meeting: id, ISO date, number, status, title"), Needs::Core, runList},
        {QStringLiteral("show"), QStringLiteral("show ID                   the meeting as interchange JSON on stdout"), Needs::Core, runShow},
        {QStringLiteral("import"), QStringLiteral("import FILE               add the meeting in a JSON file; print its id"), Needs::Core, runImport},
        {QStringLiteral("export"), QStringLiteral("export ID --output FILE [--format pdf|odt|html|md|txt|json] [--script latn|cyrl]"), Needs::Gui, runExport},
        {QStringLiteral("search"), QStringLiteral("search QUERY              one line a hit: meeting id, part, snippet"), Needs::Core, runSearch},
        {QStringLiteral("check"), QStringLiteral("check ID                  proofread the meeting: one line a finding: part, field, position, rule, message"), Needs::Core, runCheck},
        {QStringLiteral("normalize"), QStringLiteral("normalize                 the right Uzbek apostrophes: standard input to standard output"), Needs::Core, runNormalize},
        {QStringLiteral("translit"), QStringLiteral("translit --to cyrl|latn   Uzbek Latin <-> Cyrillic: standard input to standard output"), Needs::Core, runTranslit},
    };
    return commands;
}

const CliCommand* findCommand(const QString& name)
{
    for (const CliCommand& command : allCommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace Bayon::Cli
