#include "commandregistry.h"

#include "commands/commands.h"

namespace Bayon::Cli {

const QList<CliCommand>& allCommands()
{
    using Needs = CliCommand::Needs;
    using Access = CliCommand::Access;
    static const QList<CliCommand> commands {
        {QStringLiteral("init"),
            QStringLiteral(
                "init                      create (the only command that does, with sample) "
                "or migrate; print the path and the schema version"),
            Needs::Core, runInit, Access::Creates},
        {QStringLiteral("sample"),
            QStringLiteral("sample [--all]            add the bundled sample meeting (--all: also "
                           "the second one, each with its body), creating the database when "
                           "there is none; print the ids"),
            Needs::Core, runSample, Access::Creates},
        {QStringLiteral("list"),
            QStringLiteral("list                      one line a meeting: id, ISO date, number, "
                           "status, title"),
            Needs::Core, runList},
        {QStringLiteral("show"),
            QStringLiteral("show ID [--revision N] [--attachments]  the meeting (or a kept "
                           "revision) as interchange JSON; or its attached files"),
            Needs::Core, runShow},
        {QStringLiteral("import"),
            QStringLiteral(
                "import FILE               add the meeting in a JSON file; print its id"),
            Needs::Core, runImport, Access::Writes},
        {QStringLiteral("export"),
            QStringLiteral("export ID --output FILE [--format pdf|odt|html|md|txt|json] [--script "
                           "latn|cyrl] [--form full|short|narrative] [--extract N | --addressee "
                           "NAME] [--extract-date DATE]"),
            Needs::Gui, runExport},
        {QStringLiteral("pack"),
            QStringLiteral(
                "pack --output FILE.bayon [--meeting ID]... [--from DATE] [--to DATE] [--status "
                "review,final,signed]  a review copy for members: the chosen meetings, read-only "
                "anywhere; print its id, the number of meetings and the file"),
            Needs::Core, runPack},
        // add and export only read the review copy: the remarks go to the member's data folder.
        {QStringLiteral("remarks"),
            QStringLiteral(
                "remarks add ID --part PART --text TEXT [--reviewer NAME] | export --output FILE "
                "[--reviewer NAME]  in a review copy (PART: meeting, agenda N, report N.M, kpi "
                "N.M.R, resolution N, appendix N); remarks import FILE | list ID | state UID "
                "open|accepted|rejected|noted  in the secretary's database"),
            Needs::Core, runRemarks},
        {QStringLiteral("councils"),
            QStringLiteral("councils                  one line a body: id, short name, members, "
                           "meetings, full name"),
            Needs::Core, runCouncils},
        {QStringLiteral("search"),
            QStringLiteral("search QUERY              one line a hit: meeting id, part, snippet"),
            Needs::Core, runSearch},
        {QStringLiteral("check"),
            QStringLiteral("check ID                  validate and proofread the meeting: one line "
                           "a finding: part, field, position, rule, message"),
            Needs::Core, runCheck},
        {QStringLiteral("status"),
            QStringLiteral("status ID draft|review|final|signed [--note TEXT] [--date DATE]  move "
                           "along the workflow; reopening needs --note"),
            Needs::Core, runStatus, Access::Writes},
        {QStringLiteral("history"),
            QStringLiteral("history ID [--diff N M]   the kept revisions and the audit log; or "
                           "what changed from N to M"),
            Needs::Core, runHistory},
        {QStringLiteral("verify"),
            QStringLiteral(
                "verify ID | --pdf FILE    check the control code of a meeting or of a PDF"),
            Needs::Core, runVerify},
        {QStringLiteral("attach"),
            QStringLiteral(
                "attach ID FILE [--name NAME]  keep the scan of the signed copy (PDF, PNG, JPEG)"),
            Needs::Core, runAttach, Access::Writes},
        {QStringLiteral("decisions"),
            QStringLiteral(
                "decisions [--status open|in-progress|done|cancelled|overdue] [--responsible NAME] "
                "[--from DATE] [--to DATE] [--council NAME] [--text WORDS] [--sort COLUMN] "
                "[--desc] [--today DATE] [--format txt|csv|pdf|odt] [--output FILE]"),
            Needs::Gui, runDecisions},
        {QStringLiteral("normalize"),
            QStringLiteral("normalize                 the right Uzbek apostrophes: standard input "
                           "to standard output"),
            Needs::Core, runNormalize},
        {QStringLiteral("translit"),
            QStringLiteral("translit --to cyrl|latn   Uzbek Latin <-> Cyrillic: standard input to "
                           "standard output"),
            Needs::Core, runTranslit},
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
