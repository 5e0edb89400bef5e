#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The protocol-forms commands (issue 7): sample --all, councils, export with
// --form, --extract and --addressee.
class TestCliForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void samplesCouncilsAndExtracts()
    {
        const CliRunner cli(m_dir.filePath(u"forms.sqlite"_s));
        const CliRunner::Run sample = cli.run({u"sample"_s, u"--all"_s});
        QCOMPARE(sample.exitCode, 0);
        QCOMPARE(sample.out.split(u'\n', Qt::SkipEmptyParts), (QStringList {u"1"_s, u"2"_s}));

        const CliRunner::Run councils = cli.run({u"councils"_s});
        QCOMPARE(councils.exitCode, 0);
        const QStringList lines = councils.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(u"2\tKuzatuv kengashi\t"_s));
        QVERIFY(lines.at(1).endsWith(
            u"«Samarqand don mahsulotlari» aksiyadorlik jamiyati Kuzatuv kengashi"_s));

        const QString extract = m_dir.filePath(u"extract.txt"_s);
        const CliRunner::Run run = cli.run({u"export"_s, u"1"_s, u"--extract"_s, u"2"_s,
            u"--extract-date"_s, u"2025-07-15"_s, u"--output"_s, extract});
        QCOMPARE(run.exitCode, 0);
        QFile file(extract);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"BAYONNOMADAN KOʻCHIRMA"_s));
        QVERIFY(text.contains(u"Koʻchirma asli bilan toʻgʻri."_s));

        const QString shortForm = m_dir.filePath(u"short.md"_s);
        QCOMPARE(cli.run({u"export"_s, u"2"_s, u"--form"_s, u"short"_s, u"--output"_s, shortForm})
                     .exitCode,
            0);
        QVERIFY(QFile::exists(shortForm));

        const CliRunner::Run nobody = cli.run({u"export"_s, u"2"_s, u"--addressee"_s, u"Hech kim"_s,
            u"--output"_s, m_dir.filePath(u"none.txt"_s)});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.txt"_s)));
        QCOMPARE(cli.run({u"export"_s, u"2"_s, u"--form"_s, u"long"_s, u"--output"_s, shortForm})
                     .exitCode,
            2);
        QCOMPARE(cli.run({u"export"_s, u"2"_s, u"--extract"_s, u"0"_s, u"--output"_s, shortForm})
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliForms)
#include "testcliforms.moc"
