#pragma once

#include "clicommand.h"

#include <QList>

namespace Bayon::Cli {

// Every command of bayon-cli, in the order --help lists them.
const QList<CliCommand>& allCommands();
const CliCommand* findCommand(const QString& name);

} // namespace Bayon::Cli
