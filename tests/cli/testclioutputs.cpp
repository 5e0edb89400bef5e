#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every file bayon-cli writes is whole or absent: with a file-size limit
// below the size of the output (and SIGXFSZ ignored, so that the write fails
// instead of killing the process), each command that writes exits 1 with one
// line naming the file and the system's reason, and leaves the previous file
// byte for byte as it was, with no temporary beside it.
class TestCliOutputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QSqlDatabase m_holder; // keeps the database open while the commands run
    QString m_copy; // a review copy with one long remark in its member's store
    int m_cases = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString ok(const CliRunner& cli, const QStringList& arguments)
    {
        const CliRunner::Run run = cli.run(arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << arguments.join(u' ') << "→" << run.exitCode << run.err;
        return run.exitCode == 0 ? run.out : QString();
    }

    // bayon-cli on database, its files limited to kib KiB, as
    // `bash -c "trap '' XFSZ; ulimit -f N; exec bayon-cli …"`.
    static CliRunner::Run limited(const QString& database, const QStringList& arguments, int kib)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"BAYON_DB"_s);
        process.setProcessEnvironment(environment);
        process.start(u"bash"_s,
            QStringList {u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\""_s.arg(kib),
                QStringLiteral(BAYON_CLI_PATH), u"--db"_s, database}
                + arguments);
        CliRunner::Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Runs arguments (where FILE stands for the output) on database into a
    // fresh folder: without a limit it writes more than kib KiB; with it, it
    // fails and leaves the previous file as it was.
    void check(
        const QString& database, const QStringList& arguments, const QString& fileName, int kib = 1)
    {
        const QString folder = path(u"case-%1"_s.arg(++m_cases));
        QVERIFY(QDir().mkpath(folder + u"/free"_s));
        QVERIFY(QDir().mkpath(folder + u"/limited"_s));

        // The output is larger than the limit, so the limit is what fails it.
        const QString free = folder + u"/free/"_s + fileName;
        QStringList freeArguments = arguments;
        freeArguments.replaceInStrings(u"FILE"_s, free);
        const CliRunner::Run written = limited(database, freeArguments, 1 << 20);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(QFileInfo(free).size() > kib * 1024,
            qPrintable(u"%1 bytes"_s.arg(QFileInfo(free).size())));

        const QString target = folder + u"/limited/"_s + fileName;
        const QByteArray previous = "The previous file, which must stay as it is.\n";
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(previous), previous.size());
        }
        QStringList limitedArguments = arguments;
        limitedArguments.replaceInStrings(u"FILE"_s, target);
        const CliRunner::Run run = limited(database, limitedArguments, kib);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QDir::toNativeSeparators(target)), qPrintable(run.err));
        QVERIFY2(lines.first().contains(u"File too large"_s), qPrintable(run.err));
        QVERIFY2(!lines.first().contains(u"Unknown error"_s), qPrintable(run.err));
        QCOMPARE(readFile(target), previous);
        QCOMPARE(QDir(folder + u"/limited"_s).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList {fileName});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BAYON_DATA_DIR", path(u"member-data"_s).toUtf8());
        qputenv("BAYON_USER", "Nodir Abdullayev");
        qputenv("XDG_CONFIG_HOME", path(u"config"_s).toUtf8());

        m_database = path(u"council.sqlite"_s);
        const CliRunner cli(m_database);
        const QString id = ok(cli, {u"sample"_s}).trimmed();
        QCOMPARE(id, u"1"_s);
        QVERIFY(!ok(cli, {u"status"_s, id, u"review"_s}).isEmpty());

        m_copy = path(u"copy.bayon"_s);
        QVERIFY(!ok(cli, {u"pack"_s, u"--output"_s, m_copy}).isEmpty());
        QVERIFY(!ok(CliRunner(m_copy),
            {u"remarks"_s, u"add"_s, id, u"--part"_s, u"resolution 1"_s, u"--text"_s,
                QString(3000, u'a'), u"--reviewer"_s, u"Aziz Karimov"_s})
                     .isEmpty());

        // The database stays open here, as the editor would hold it, so that its
        // shared-memory file (32 KiB) exists before a command runs under a limit
        // smaller than that: the limit is meant for the output, not the reader.
        m_holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        m_holder.setDatabaseName(m_database);
        QVERIFY(m_holder.open());
        QSqlQuery query(m_holder);
        QVERIFY(query.exec(u"SELECT count(*) FROM meetings"_s) && query.next());
    }

    void exportLeavesThePreviousFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : {"pdf", "odt", "html", "md", "txt", "json"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void exportLeavesThePreviousFile()
    {
        QFETCH(QString, format);
        check(m_database, {u"export"_s, u"1"_s, u"--output"_s, u"FILE"_s, u"--format"_s, format},
            u"old."_s + format);
    }

    void extractLeavesThePreviousFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : {"txt", "odt"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void extractLeavesThePreviousFile()
    {
        QFETCH(QString, format);
        check(m_database,
            {u"export"_s, u"1"_s, u"--extract"_s, u"1"_s, u"--output"_s, u"FILE"_s, u"--format"_s,
                format},
            u"extract."_s + format);
    }

    void decisionsLeavesThePreviousFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : {"txt", "csv", "pdf", "odt"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void decisionsLeavesThePreviousFile()
    {
        QFETCH(QString, format);
        check(m_database, {u"decisions"_s, u"--format"_s, format, u"--output"_s, u"FILE"_s},
            u"decisions."_s + format);
    }

    void remarksExportLeavesThePreviousFile()
    {
        check(m_copy, {u"remarks"_s, u"export"_s, u"--output"_s, u"FILE"_s}, u"remarks.json"_s);
    }

    void packLeavesThePreviousFile()
    {
        check(m_database, {u"pack"_s, u"--output"_s, u"FILE"_s}, u"copy.bayon"_s, 64);
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "testclioutputs.moc"
