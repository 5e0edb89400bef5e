#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The contract of bayon-cli that scripts rely on: what each command prints,
// and exit status 0 / 1 / 2 with one line on stderr naming the cause.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString& name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A fresh database with the sample in it; returns the sample's id.
    QString addSample(const CliRunner& cli)
    {
        const CliRunner::Run run = cli.run({QStringLiteral("sample")});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return run.out.trimmed();
    }

private Q_SLOTS:
    void initCreatesAndReportsTheSchema()
    {
        const CliRunner cli(path(QStringLiteral("init.sqlite")));
        const CliRunner::Run run = cli.run({QStringLiteral("init")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(path(QStringLiteral("init.sqlite"))));
        QVERIFY(run.out.contains(QStringLiteral("schema ")));
        QVERIFY(QFile::exists(path(QStringLiteral("init.sqlite"))));
        QVERIFY(run.err.isEmpty());
    }

    void databaseFromEnvironment()
    {
        const QString db = path(QStringLiteral("env.sqlite"));
        const CliRunner::Run run = CliRunner::runWithEnvironment(
            {QStringLiteral("init")}, {QStringLiteral("BAYON_DB=") + db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(db));
    }

    void sampleListShow()
    {
        const CliRunner cli(path(QStringLiteral("sample.sqlite")));
        const QString id = addSample(cli);
        QVERIFY2(id.toLongLong() > 0, qPrintable(id));

        const CliRunner::Run list = cli.run({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QStringList fields = lines.first().split(u'\t');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), id);
        QVERIFY(QDate::fromString(fields.at(1), Qt::ISODate).isValid());
        QVERIFY(fields.at(2).toInt() > 0);
        QCOMPARE(fields.at(3), QStringLiteral("draft"));
        QVERIFY2(fields.at(4).contains(QStringLiteral("Raqamli texnologiyalar vazirligi")),
            qPrintable(fields.at(4)));

        const CliRunner::Run show = cli.run({QStringLiteral("show"), id});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("bayon-meeting"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        // The corrected seed: right apostrophes, no OCR errors.
        QVERIFY(show.out.contains(QStringLiteral("YOʻNALISHIDA")));
        QVERIFY(show.out.contains(QStringLiteral("maʼlumot")));
        QVERIFY(show.out.contains(QStringLiteral("A.Ishanxodjaev")));
        QVERIFY(show.out.contains(QStringLiteral("N.Abdullayev")));
        QVERIFY(!show.out.contains(QStringLiteral("Ragamli")));
        QVERIFY(!show.out.contains(QStringLiteral("o‘")));
    }

    void exportJsonThenImportGivesTheSameMeeting()
    {
        const CliRunner cli(path(QStringLiteral("roundtrip.sqlite")));
        const QString id = addSample(cli);
        const QString json = path(QStringLiteral("sample.json"));
        const CliRunner::Run exported
            = cli.run({QStringLiteral("export"), id, QStringLiteral("--output"), json});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.err.isEmpty());
        const QByteArray first = readFile(json);
        QVERIFY(first.contains("\"bayon-meeting\""));

        const CliRunner::Run imported = cli.run({QStringLiteral("import"), json});
        QCOMPARE(imported.exitCode, 0);
        const QString newId = imported.out.trimmed();
        QVERIFY(newId != id);

        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(cli.run({QStringLiteral("export"), newId, QStringLiteral("--output"), again,
                             QStringLiteral("--format"), QStringLiteral("json")})
                     .exitCode,
            0);
        QCOMPARE(readFile(again), first);
        QCOMPARE(cli.run({QStringLiteral("list")}).out.count(u'\n'), 2);
    }

    void searchFindsEveryApostropheForm()
    {
        const CliRunner cli(path(QStringLiteral("search.sqlite")));
        const QString id = addSample(cli);
        QStringList outputs;
        for (const QString& query : {QStringLiteral("o‘sish"), QStringLiteral("o'sish"),
                 QStringLiteral("oʻsish"), QStringLiteral("o’sish")}) {
            const CliRunner::Run run = cli.run({QStringLiteral("search"), query});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!run.out.isEmpty(), qPrintable(query));
            for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
                const QStringList fields = line.split(u'\t');
                QCOMPARE(fields.size(), 3);
                QCOMPARE(fields.at(0), id);
                QVERIFY(fields.at(2).contains(QStringLiteral("oʻsish"), Qt::CaseInsensitive));
            }
            outputs.append(run.out);
        }
        QCOMPARE(outputs.at(1), outputs.at(0));
        QCOMPARE(outputs.at(2), outputs.at(0));
        QCOMPARE(outputs.at(3), outputs.at(0));
    }

    void normalizeFiltersStandardInput()
    {
        const CliRunner cli(path(QStringLiteral("filters.sqlite")));
        const CliRunner::Run run = cli.run({QStringLiteral("normalize")},
            QStringLiteral("O'ZBEKISTON o‘sish ma'lumot «Ishonch» 'Xabar'\n").toUtf8());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("OʻZBEKISTON oʻsish maʼlumot «Ishonch» 'Xabar'\n"));
        QVERIFY(!QFile::exists(path(QStringLiteral("filters.sqlite"))));
    }

    void translitBothWays()
    {
        const CliRunner cli(path(QStringLiteral("filters.sqlite")));
        const QString latin = QStringLiteral("Kengashi yoʻl O‘ZBEKISTON 2025-yil 23-iyun\n");
        const CliRunner::Run cyrillic
            = cli.run({QStringLiteral("translit"), QStringLiteral("--to"), QStringLiteral("cyrl")},
                latin.toUtf8());
        QCOMPARE(cyrillic.exitCode, 0);
        QVERIFY2(cyrillic.out.startsWith(QStringLiteral("Кенгаши йўл ЎЗБЕКИСТОН")),
            qPrintable(cyrillic.out));
        const CliRunner::Run back
            = cli.run({QStringLiteral("translit"), QStringLiteral("--to"), QStringLiteral("latn")},
                cyrillic.out.toUtf8());
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(
            back.out.startsWith(QStringLiteral("Kengashi yoʻl OʻZBEKISTON")), qPrintable(back.out));
        QCOMPARE(cli.run({QStringLiteral("translit")}).exitCode, 2);
        QCOMPARE(
            cli.run({QStringLiteral("translit"), QStringLiteral("--to"), QStringLiteral("grek")})
                .exitCode,
            2);
    }

    void checkReportsFindingsWithTheirRule()
    {
        const CliRunner cli(path(QStringLiteral("check.sqlite")));
        const QString id = addSample(cli);
        // The seed's fifth resolution instructs without a deadline.
        CliRunner::Run run = cli.run({QStringLiteral("check"), id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("resolution 5\t")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\tfollow-up\t")));
        QCOMPARE(run.err.count(u'\n'), 1);

        // A meeting typed with the wrong apostrophes and doubled words.
        const QString json = path(QStringLiteral("typed.json"));
        QVERIFY(cli.run({QStringLiteral("export"), id, QStringLiteral("--output"), json}).exitCode
            == 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(
            QStringLiteral("istiqbolli rejalar"), QStringLiteral("istiqbolli  rejalar rejalar"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const QString typedId = cli.run({QStringLiteral("import"), json}).out.trimmed();
        run = cli.run({QStringLiteral("check"), typedId});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("agenda 1\ttitle\t")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\tdouble-space\t")));
        QVERIFY(run.out.contains(QStringLiteral("\tdouble-word\t")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--nope"), QStringLiteral("list")};
        QTest::newRow("show without id") << QStringList {QStringLiteral("show")};
        QTest::newRow("show bad id") << QStringList {QStringLiteral("show"), QStringLiteral("abc")};
        QTest::newRow("export without output")
            << QStringList {QStringLiteral("export"), QStringLiteral("1")};
        QTest::newRow("export bad format") << QStringList {QStringLiteral("export"),
            QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("x.doc")};
        QTest::newRow("import two files")
            << QStringList {QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("search nothing") << QStringList {QStringLiteral("search")};
        QTest::newRow("list extra") << QStringList {QStringLiteral("list"), QStringLiteral("x")};
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRunner cli(path(QStringLiteral("usage.sqlite")));
        const CliRunner::Run run = cli.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(QStringLiteral("bayon-cli")));
    }

    void failuresExitWithOneAndNameTheCause()
    {
        const CliRunner cli(path(QStringLiteral("fail.sqlite")));
        QCOMPARE(cli.run({QStringLiteral("init")}).exitCode, 0);

        CliRunner::Run run = cli.run({QStringLiteral("show"), QStringLiteral("4242")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(QStringLiteral("4242")), qPrintable(run.err));

        run = cli.run({QStringLiteral("import"), path(QStringLiteral("missing.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("missing.json")), qPrintable(run.err));

        // A malformed file names the line and adds nothing.
        const QString bad = path(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"bayon-meeting\",\n  \"version\": 1,\n  \"meeting\": {\n");
        file.close();
        run = cli.run({QStringLiteral("import"), bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bad.json")), qPrintable(run.err));
        QVERIFY(cli.run({QStringLiteral("list")}).out.isEmpty());
    }

    void notADatabaseIsRefusedAndLeftAlone()
    {
        const QString notDb = path(QStringLiteral("notes.txt"));
        QFile file(notDb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are the secretary's notes, not a database.\n");
        file.close();
        const QByteArray before = readFile(notDb);
        const CliRunner::Run run = CliRunner(notDb).run({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(readFile(notDb), before);
    }

    void exportToAnUnwritablePlaceLeavesNothing()
    {
        const CliRunner cli(path(QStringLiteral("export.sqlite")));
        const QString id = addSample(cli);
        const QString target = path(QStringLiteral("no/such/folder/x.json"));
        const CliRunner::Run run
            = cli.run({QStringLiteral("export"), id, QStringLiteral("--output"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QDir(path(QStringLiteral("no"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
