#pragma once

#include <QString>

namespace Bayon::Cli {

class CliContext;

// One command of bayon-cli: its name, the synopsis --help prints, whether it
// needs the GUI half of Qt (fonts, for the printed protocol), and the code.
struct CliCommand
{
    enum class Needs { Core, Gui };

    QString name;
    QString synopsis;
    Needs needs = Needs::Core;
    int (*run)(CliContext& context) = nullptr;
};

} // namespace Bayon::Cli
