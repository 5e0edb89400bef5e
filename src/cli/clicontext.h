#pragma once

#include "domain/meeting.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Bayon::Cli {

// What one command needs: its arguments, the output streams and the database
// it works on, opened on first use. Commands return the process exit status
// through succeed()/fail()/usage(), which also say why on stderr.
class CliContext
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliContext(QString commandName, QStringList arguments, QString databasePath, QTextStream& out,
        QTextStream& err);

    const QString& commandName() const { return m_commandName; }
    const QString& databasePath() const { return m_databasePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Parses the command's own arguments. On false, the caller returns usage().
    bool parse(QCommandLineParser& parser);
    const QString& parseError() const { return m_parseError; }

    // The database, opened read-write (migrated when needed; created only for
    // a command that creates) or read-only, once; later calls give the same
    // one. NotFound where there is no database (or an empty file) and the
    // command does not create one. A review copy is always read-only, and
    // refused to a command that changes the database.
    Result<Database*> database(Database::Mode mode = Database::Mode::ReadWrite);
    // Whether the command changes the database, and whether it may create it
    // (CliCommand::Access). Any other command refuses a path with no database.
    void setWritesDatabase(bool writes) { m_writesDatabase = writes; }
    void setCreatesDatabase(bool creates) { m_createsDatabase = creates; }
    // The command's exit status, after saying on stderr, once a command that
    // read a review copy succeeded, which copy it read.
    int finish(int status);
    // The meeting whose id the user typed: a usage error for anything that is
    // not an id, NotFound for an id with no meeting.
    Result<Meeting> loadMeeting(
        const QString& idArgument, Database::Mode mode = Database::Mode::ReadOnly);

    int fail(const QString& message);
    int fail(const Error& error);
    // One line on stderr: the message and where to find the usage.
    int usage(const QString& message);

private:
    QString m_commandName;
    QStringList m_arguments;
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_parseError;
    std::unique_ptr<Database> m_database;
    bool m_writesDatabase = false;
    bool m_createsDatabase = false;
};

} // namespace Bayon::Cli
