#include "clicontext.h"
#include "commandregistry.h"
#include "document/protocolfonts.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Bayon;
using namespace Bayon::Cli;

namespace {

void printHelp(QTextStream& out)
{
    out << "Usage: bayon-cli [--db PATH] COMMAND [ARGS]\n"
           "  (PATH defaults to $BAYON_DB, else bayon.sqlite in the per-user data folder)\n\n"
           "Commands:\n";
    for (const CliCommand& command : allCommands())
        out << "  " << command.synopsis << '\n';
    out << "\nExit status: 0 on success, 2 for a usage error, 1 for any other failure.\n";
    out.flush();
}

int usageError(QTextStream& err, const QString& message)
{
    err << "bayon-cli: " << message << " (see bayon-cli --help)" << Qt::endl;
    return CliContext::UsageError;
}

// The printed protocol needs fonts, so some commands need QGuiApplication;
// bayon-cli never needs a display, so it uses the offscreen platform unless
// the caller chose another.
std::unique_ptr<QCoreApplication> makeApplication(CliCommand::Needs needs, int& argc, char** argv)
{
    if (needs == CliCommand::Needs::Gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Where no session set one up (cron, CI, ssh), give Qt the runtime
        // folder it would fall back to anyway, so its warning does not break
        // the one-line-on-stderr contract.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime
                = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
            if (QDir().mkpath(runtime)
                && QFile::setPermissions(
                    runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        // Only the bundled fonts, and no GLib main loop (bayon-cli runs no event
        // loop): what a whole export process would otherwise spend most of its
        // start-up on (bench/README.md).
        ProtocolFonts::useOnlyBundledFonts();
        if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QString databasePath;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"--")
            break;
        if (option == u"--help" || option == u"-h") {
            printHelp(out);
            return CliContext::Success;
        }
        if (option == u"--version") {
            out << "bayon-cli " << BAYON_VERSION << Qt::endl;
            return CliContext::Success;
        }
        if (option == u"--db") {
            if (args.isEmpty())
                return usageError(err, QStringLiteral("--db needs a path"));
            databasePath = args.takeFirst();
        } else if (option.startsWith(u"--db=")) {
            databasePath = option.mid(5);
        } else {
            return usageError(err, QStringLiteral("unknown option %1").arg(option));
        }
    }
    if (args.isEmpty())
        return usageError(err, QStringLiteral("no command given"));

    const QString name = args.takeFirst();
    const CliCommand* command = findCommand(name);
    if (!command)
        return usageError(err, QStringLiteral("unknown command '%1'").arg(name));

    const auto app = makeApplication(command->needs, argc, argv);
    // The same names as the editor, so both find the same database and settings.
    QCoreApplication::setApplicationName(QStringLiteral("bayon"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bayon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAYON_VERSION));
    if (databasePath.isEmpty())
        databasePath = Database::defaultPath();

    CliContext context(name, args, databasePath, out, err);
    context.setWritesDatabase(command->access != CliCommand::Access::Reads);
    context.setCreatesDatabase(command->access == CliCommand::Access::Creates);
    const int status = context.finish(command->run(context));
    out.flush();
    return status;
}
