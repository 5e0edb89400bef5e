#include "migrator.h"

#include "resourcepaths.h"
#include "sqlscript.h"
#include "sqlsupport.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

Result<QList<Migrator::Migration>> Migrator::available()
{
    static const QRegularExpression pattern(u"^(\\d{3})_[A-Za-z0-9_-]+\\.sql$"_s);
    const QDir folder(ResourcePaths::migrations());
    QList<Migration> migrations;
    const QStringList names = folder.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            return Error::failed(tr("The migration %1 is not named NNN_name.sql.").arg(name));
        const int version = match.captured(1).toInt();
        if (version != migrations.size() + 1)
            return Error::failed(
                tr("The migrations are not numbered 1, 2, … without a gap: %1.").arg(name));
        migrations.append({version, name, folder.filePath(name)});
    }
    return migrations;
}

int Migrator::latestVersion()
{
    // The resources cannot change while the program runs.
    static const int latest = [] {
        const Result<QList<Migration>> migrations = available();
        return migrations.ok() && !migrations->isEmpty() ? migrations->constLast().version : 0;
    }();
    return latest;
}

Result<int> Migrator::userVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return SqlSupport::errorOf(query, tr("Could not read the schema version"));
    return query.value(0).toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, int target)
{
    const Result<QList<Migration>> migrations = available();
    if (!migrations)
        return migrations.error();

    for (const Migration& migration : *migrations) {
        if (migration.version > target)
            break;
        // Each step re-reads the version inside its own write transaction, so
        // two programs opening an old file at once migrate it once.
        SqlTransaction transaction(db);
        if (const Status begun = transaction.begin(); !begun)
            return begun;
        const Result<int> current = userVersion(db);
        if (!current)
            return current.error();
        if (*current >= migration.version)
            continue;

        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(tr("Could not read the migration %1.").arg(migration.name));
        const QString script = QString::fromUtf8(file.readAll());
        const QString doing = tr("Could not upgrade the database to schema %1 (%2)")
                                  .arg(migration.version)
                                  .arg(migration.name);
        for (const QString& statement : SqlScript::statements(script)) {
            if (const Status done = SqlSupport::execDirect(db, statement, doing); !done)
                return done;
        }
        // PRAGMA takes no bound values; the version is a number we made.
        if (const Status done = SqlSupport::execDirect(
                db, u"PRAGMA user_version = "_s + QString::number(migration.version), doing);
            !done)
            return done;

        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA foreign_key_check"_s))
            return SqlSupport::errorOf(check, doing);
        if (check.next())
            return Error::failed(doing + u": "_s
                + tr("the table %1 has rows whose references lead nowhere.")
                      .arg(check.value(0).toString()));
        check.finish();
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace Bayon
