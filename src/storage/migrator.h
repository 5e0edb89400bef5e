#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Bayon {

// Moves a database's schema forward with the numbered scripts in
// resources/migrations (NNN_name.sql). Each script runs in its own
// transaction, which also sets PRAGMA user_version to its number, so a
// database is always at exactly one version and a failed script leaves it at
// the one before.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name; // "001_initial.sql"
        QString path; // in the Qt resource
    };

    // Every migration the program carries, in order: versions 1, 2, … with no gap.
    static Result<QList<Migration>> available();
    // The version of the last migration (0 when there is none).
    static int latestVersion();

    static Result<int> userVersion(const QSqlDatabase& db);
    // Applies every migration above the database's version up to target.
    // The connection must have no transaction open.
    static Status migrate(const QSqlDatabase& db, int target = latestVersion());
};

} // namespace Bayon
