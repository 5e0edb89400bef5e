#pragma once

#include <QString>

namespace Bayon::Cli {

class CliContext;

// One command of bayon-cli: its name, the synopsis --help prints, whether it
// needs the GUI half of Qt (fonts, for the printed protocol), the code, and
// whether it changes the database (refused on a review copy, before it runs
// any of its work on the database) or may create it: every other command
// refuses a path where there is no database.
struct CliCommand
{
    enum class Needs { Core, Gui };
    enum class Access {
        Reads, // opens the database read-only (or only reads its files)
        Writes, // changes an existing database
        Creates, // changes the database, and creates it when there is none
    };

    QString name;
    QString synopsis;
    Needs needs = Needs::Core;
    int (*run)(CliContext& context) = nullptr;
    Access access = Access::Reads;
};

} // namespace Bayon::Cli
