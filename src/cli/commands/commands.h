#pragma once

namespace Bayon::Cli {

class CliContext;

// One function per command, each in its own file under commands/.
int runInit(CliContext& context);
int runSample(CliContext& context);
int runList(CliContext& context);
int runShow(CliContext& context);
int runImport(CliContext& context);
int runExport(CliContext& context);
int runSearch(CliContext& context);
int runNormalize(CliContext& context);
int runTranslit(CliContext& context);
int runCheck(CliContext& context);
int runStatus(CliContext& context);
int runHistory(CliContext& context);
int runVerify(CliContext& context);
int runAttach(CliContext& context);
int runDecisions(CliContext& context);
int runCouncils(CliContext& context);
int runPack(CliContext& context);
int runRemarks(CliContext& context);

} // namespace Bayon::Cli
