#include "rawsqlite.h"
#include "storage/migrator.h"
#include "storage/sqlscript.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// The numbered migrations and the splitting of their scripts into statements.
class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void splitsStatements()
    {
        const QString script = uR"(-- a comment; with a semicolon
CREATE TABLE a (x TEXT DEFAULT 'it''s; here', "odd;name" INTEGER);
/* a block comment; also */
INSERT INTO a VALUES ('[;]', 1)  ;
CREATE TEMP TRIGGER t AFTER INSERT ON a
BEGIN
    UPDATE a SET x = 'end;' WHERE rowid = new.rowid;
    DELETE FROM a WHERE [weird;col] = 1;
END;
SELECT `back;tick` FROM a
-- trailing comment only
)"_s;
        const QStringList statements = SqlScript::statements(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).endsWith(u"\"odd;name\" INTEGER);"_s));
        QVERIFY(statements.at(0).startsWith(u"-- a comment; with a semicolon"_s));
        QVERIFY(statements.at(1).endsWith(u"INSERT INTO a VALUES ('[;]', 1)  ;"_s));
        QVERIFY(statements.at(2).contains(u"CREATE TEMP TRIGGER t"_s));
        QVERIFY(statements.at(2).endsWith(u"END;"_s));
        QVERIFY(statements.at(2).contains(u"DELETE FROM a WHERE [weird;col] = 1;"_s));
        QVERIFY(statements.at(3).startsWith(u"SELECT `back;tick` FROM a"_s));

        QVERIFY(SqlScript::statements(u"  -- nothing\n/* at all */ ;; "_s).isEmpty());
        QCOMPARE(SqlScript::statements(u"SELECT 1; SELECT 2"_s),
            QStringList({u"SELECT 1;"_s, u"SELECT 2"_s}));
    }

    void everyMigrationStatementIsComplete()
    {
        const auto migrations = Migrator::available();
        QVERIFY(migrations.ok());
        for (const Migrator::Migration& migration : *migrations) {
            QFile file(migration.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList statements = SqlScript::statements(QString::fromUtf8(file.readAll()));
            QVERIFY(!statements.isEmpty());
            for (const QString& statement : statements)
                QVERIFY2(statement.trimmed().endsWith(u';'), qPrintable(statement));
        }
    }

    void listsMigrationsInOrder()
    {
        const auto migrations = Migrator::available();
        QVERIFY(migrations.ok());
        QVERIFY(!migrations->isEmpty());
        for (int i = 0; i < migrations->size(); ++i) {
            QCOMPARE(migrations->at(i).version, i + 1);
            QVERIFY(migrations->at(i).name.startsWith(u"%1_"_s.arg(i + 1, 3, 10, QChar(u'0'))));
        }
        QCOMPARE(Migrator::latestVersion(), migrations->constLast().version);
    }

    void migratesStepByStep()
    {
        const QString path = m_dir.filePath(u"steps.sqlite"_s);
        RawSqlite raw(path);
        QCOMPARE(Migrator::userVersion(raw.db()).value(), 0);
        for (int version = 1; version <= Migrator::latestVersion(); ++version) {
            QVERIFY(Migrator::migrate(raw.db(), version).ok());
            QCOMPARE(Migrator::userVersion(raw.db()).value(), version);
        }
        // Migrating again does nothing.
        const QStringList schema = raw.schema();
        QVERIFY(Migrator::migrate(raw.db()).ok());
        QCOMPARE(raw.schema(), schema);
        QCOMPARE(
            raw.scalar(
                   u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meetings'"_s)
                .toInt(),
            1);
    }

    void aFailedMigrationLeavesTheVersionBefore()
    {
        const QString path = m_dir.filePath(u"failing.sqlite"_s);
        RawSqlite raw(path);
        // A table in the way: the first script cannot create its own.
        QVERIFY(raw.exec(u"CREATE TABLE persons (something TEXT)"_s));
        const Status migrated = Migrator::migrate(raw.db());
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().message.contains(u"001_initial.sql"_s),
            qPrintable(migrated.error().message));
        QCOMPARE(Migrator::userVersion(raw.db()).value(), 0);
        // Rolled back whole: nothing of the script stayed.
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'meetings'"_s).toInt(), 0);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "testmigrator.moc"
