#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {
CliRunner::Run runProcess(
    const QStringList& arguments, const QProcessEnvironment& environment, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BAYON_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRunner::Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

CliRunner::Run CliRunner::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BAYON_DB"));
    return runProcess(
        QStringList {QStringLiteral("--db"), m_databasePath} + arguments, environment, input);
}

CliRunner::Run CliRunner::runWithEnvironment(
    const QStringList& arguments, const QStringList& variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables) {
        const qsizetype eq = variable.indexOf(u'=');
        environment.insert(variable.left(eq), variable.mid(eq + 1));
    }
    return runProcess(arguments, environment, {});
}
