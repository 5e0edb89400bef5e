#pragma once

#include <QString>
#include <QStringList>

// Runs bayon-cli on one database, as a script would, and keeps what it said.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit CliRunner(QString databasePath)
        : m_databasePath(std::move(databasePath))
    {
    }

    Run run(const QStringList& arguments, const QByteArray& input = {}) const;
    // Runs without --db, with the environment given (for $BAYON_DB).
    static Run runWithEnvironment(const QStringList& arguments, const QStringList& environment);

private:
    QString m_databasePath;
};
