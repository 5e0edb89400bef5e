#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// bayon-cli as a reader: the commands that only read open the database
// read-only and never create one; several commands at once on one database
// never call it damaged; a usage error is one line, and -- ends the options.
class TestCliReaders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_json; // the sample meeting as an interchange file, to import

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray sha256(const QString& name)
    {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    // Starts bayon-cli without waiting for it.
    static std::unique_ptr<QProcess> start(const QString& database, const QStringList& arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"BAYON_DB"_s);
        process->setProcessEnvironment(environment);
        process->start(
            QStringLiteral(BAYON_CLI_PATH), QStringList {u"--db"_s, database} + arguments);
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const CliRunner cli(path(u"source.sqlite"_s));
        QCOMPARE(cli.run({u"sample"_s}).exitCode, 0);
        const CliRunner::Run show = cli.run({u"show"_s, u"1"_s});
        QCOMPARE(show.exitCode, 0);
        m_json = path(u"sample.json"_s);
        QFile file(m_json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(show.out.toUtf8());
    }

    void listAndCouncilsReadAReadOnlyFile()
    {
        const QString folder = path(u"read-only-file"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + u"/bayon.sqlite"_s;
        const CliRunner cli(db);
        QCOMPARE(cli.run({u"sample"_s, u"--all"_s}).exitCode, 0);
        {
            // A file another tool left with a rollback journal: a command that
            // opened it for writing would turn it into a WAL database.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = sha256(db);
        const QStringList entriesBefore = entries(folder);

        const CliRunner::Run list = cli.run({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.isEmpty(), qPrintable(list.err));
        QCOMPARE(list.out.count(u'\n'), 2);
        const CliRunner::Run councils = cli.run({u"councils"_s});
        QCOMPARE(councils.exitCode, 0);
        QVERIFY2(councils.err.isEmpty(), qPrintable(councils.err));
        QVERIFY(!councils.out.isEmpty());
        const CliRunner::Run remarks = cli.run({u"remarks"_s, u"list"_s, u"1"_s});
        QCOMPARE(remarks.exitCode, 0);
        QVERIFY2(remarks.err.isEmpty(), qPrintable(remarks.err));

        QCOMPARE(sha256(db), before);
        QCOMPARE(entries(folder), entriesBefore);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    }

    void onlyInitCreatesADatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList {u"list"_s};
        QTest::newRow("councils") << QStringList {u"councils"_s};
        QTest::newRow("show") << QStringList {u"show"_s, u"1"_s};
        QTest::newRow("search") << QStringList {u"search"_s, u"kengash"_s};
        QTest::newRow("history") << QStringList {u"history"_s, u"1"_s};
        QTest::newRow("status") << QStringList {u"status"_s, u"1"_s, u"review"_s};
        QTest::newRow("import") << QStringList {u"import"_s, m_json};
    }

    void onlyInitCreatesADatabase()
    {
        QFETCH(QStringList, arguments);
        const QString folder = path(u"missing-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        // A mistyped path, and an empty file.
        const QString missing = folder + u"/bayon.sqltie"_s;
        const CliRunner::Run run = CliRunner(missing).run(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
            u"bayon-cli %1: no database at %2; create one with bayon-cli init\n"_s.arg(
                arguments.first(), missing));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(entries(folder), QStringList());

        const QString empty = folder + u"/empty.sqlite"_s;
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRunner::Run onEmpty = CliRunner(empty).run(arguments);
        QCOMPARE(onEmpty.exitCode, 1);
        QVERIFY2(
            onEmpty.err.contains(u"create one with bayon-cli init"_s), qPrintable(onEmpty.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(entries(folder), QStringList {u"empty.sqlite"_s});

        // init does create it.
        QCOMPARE(CliRunner(missing).run({u"init"_s}).exitCode, 0);
        QVERIFY(QFile::exists(missing));
    }

    void aUsageErrorIsOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("part");
        QTest::newRow("option-like query")
            << QStringList {u"search"_s, u"-kengash"_s} << u"unknown option -kengash; put --"_s;
        QTest::newRow("unknown long option")
            << QStringList {u"list"_s, u"--all"_s} << u"unknown option --all"_s;
        QTest::newRow("extra argument") << QStringList {u"list"_s, u"x"_s} << u"no arguments"_s;
        QTest::newRow("no command") << QStringList {} << u"no command"_s;
        QTest::newRow("unknown command") << QStringList {u"lsit"_s} << u"unknown command"_s;
        QTest::newRow("not an id") << QStringList {u"show"_s, u"x"_s} << u"not a meeting id"_s;
    }

    void aUsageErrorIsOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, part);
        const QString db = path(u"usage.sqlite"_s);
        const CliRunner cli(db);
        if (!QFile::exists(db))
            QCOMPARE(cli.run({u"sample"_s}).exitCode, 0);
        const CliRunner::Run run = cli.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.endsWith(u'\n'));
        QVERIFY2(run.err.startsWith(u"bayon-cli"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(part), qPrintable(run.err));
    }

    void doubleDashEndsTheOptions()
    {
        const QString db = path(u"dash.sqlite"_s);
        const CliRunner cli(db);
        QCOMPARE(cli.run({u"sample"_s}).exitCode, 0);
        const CliRunner::Run plain = cli.run({u"search"_s, u"kengash"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.out.isEmpty());
        const CliRunner::Run dashed = cli.run({u"search"_s, u"--"_s, u"-kengash"_s});
        QCOMPARE(dashed.exitCode, 0);
        QVERIFY2(dashed.err.isEmpty(), qPrintable(dashed.err));
        QCOMPARE(dashed.out, plain.out);
    }

    void aBusyDatabaseIsInUseNotDamaged()
    {
        const QString db = path(u"busy.sqlite"_s);
        const CliRunner cli(db);
        QCOMPARE(cli.run({u"sample"_s}).exitCode, 0);
        {
            // Another program holds the file for itself, past the busy timeout.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(query.exec(u"UPDATE meetings SET title = title"_s));
            const CliRunner::Run run = cli.run({u"list"_s});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err,
                u"bayon-cli list: The database %1 is in use by another program; try again in a "
                "moment.\n"_s.arg(db));
            QVERIFY(query.exec(u"ROLLBACK"_s));
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(cli.run({u"list"_s}).exitCode, 0);
    }

    void concurrentCommandsNeverSayDamaged()
    {
        // Two imports, a list and a search at once on one database, again and
        // again for three seconds: every command succeeds, none says damaged.
        const QString db = path(u"concurrent/bayon.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        QCOMPARE(CliRunner(db).run({u"sample"_s}).exitCode, 0);
        const QList<QStringList> commands {
            {u"import"_s, m_json},
            {u"import"_s, m_json},
            {u"list"_s},
            {u"search"_s, u"kengash"_s},
        };
        std::vector<std::unique_ptr<QProcess>> running(commands.size());
        QStringList failures;
        int runs = 0;
        int imports = 0;
        QElapsedTimer clock;
        clock.start();
        bool starting = true;
        while (true) {
            starting = starting && clock.elapsed() < 3000;
            bool anyRunning = false;
            for (qsizetype i = 0; i < commands.size(); ++i) {
                auto& process = running[size_t(i)];
                if (process) {
                    if (process->state() != QProcess::NotRunning && !process->waitForFinished(5)) {
                        anyRunning = true;
                        continue;
                    }
                    ++runs;
                    const QString err = QString::fromUtf8(process->readAllStandardError());
                    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0
                        || !err.isEmpty())
                        failures.append(commands[i].first() + u": "_s + err.trimmed());
                    else if (commands[i].first() == u"import")
                        ++imports;
                    process.reset();
                }
                if (starting) {
                    process = start(db, commands[i]);
                    anyRunning = true;
                }
            }
            if (!anyRunning)
                break;
        }
        QVERIFY(runs > 8);
        QVERIFY2(failures.isEmpty(),
            qPrintable(u"%1 of %2 commands failed, first: %3"_s.arg(failures.size())
                           .arg(runs)
                           .arg(failures.value(0))));
        const CliRunner::Run list = CliRunner(db).run({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(u'\n'), 1 + imports);
    }
};

QTEST_GUILESS_MAIN(TestCliReaders)
#include "testclireaders.moc"
