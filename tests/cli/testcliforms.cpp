#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The protocol-forms commands: sample --all, councils, export with
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

    // check: the validator's findings (a missing quorum warns) with the proofreader's.
    void checkWarnsWithoutAQuorum()
    {
        const CliRunner cli(m_dir.filePath(u"quorum.sqlite"_s));
        QCOMPARE(cli.run({u"sample"_s, u"--all"_s}).exitCode, 0);
        const CliRunner::Run clean = cli.run({u"check"_s, u"2"_s});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(!clean.out.contains(u"\tquorum\t"_s));

        // The board's meeting again, with its members away but the chair.
        const QString json = m_dir.filePath(u"board.json"_s);
        QCOMPARE(cli.run({u"export"_s, u"2"_s, u"--output"_s, json}).exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        for (const QString& name :
            {u"D.Karimova"_s, u"J.Yusupov"_s, u"O.Gʻaniyev"_s, u"M.Saidova"_s}) {
            const qsizetype at = text.indexOf(u"\"shortName\": \""_s + name);
            QVERIFY2(at > 0, qPrintable(name));
            const QString present = u"\"presence\": \"present\""_s;
            const qsizetype presence = text.indexOf(present, at);
            QVERIFY(presence > at);
            text.replace(presence, present.size(), u"\"presence\": \"absent\""_s);
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const CliRunner::Run imported = cli.run({u"import"_s, json});
        QCOMPARE(imported.exitCode, 0);
        const CliRunner::Run run = cli.run({u"check"_s, imported.out.trimmed()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"meeting\tquorum\t-1\twarning\tThere is no quorum: 2 of 7"_s),
            qPrintable(run.out));
        QVERIFY(run.err.contains(u"finding(s)"_s));
    }

    // The extract of the seed's item II, as the secretary certifies it, in the PDF.
    void extractOfItemTwoInThePdf()
    {
        const CliRunner cli(m_dir.filePath(u"extract.sqlite"_s));
        QCOMPARE(cli.run({u"sample"_s}).exitCode, 0);
        const QString pdf = m_dir.filePath(u"extract.pdf"_s);
        QCOMPARE(cli.run({u"export"_s, u"1"_s, u"--extract"_s, u"2"_s, u"--extract-date"_s,
                             u"2025-07-15"_s, u"--output"_s, pdf})
                     .exitCode,
            0);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(u"BAYONNOMADAN KOʻCHIRMA"_s));
        const QString title
            = u"“Madad” muassasa shaklidagi nodavlat notijorat tashkilotining 2025-yil 23-iyundagi"_s;
        QCOMPARE(text.count(title), 1);
        QVERIFY(text.contains(u"KUN TARTIBI: II. "_s + title));
        QVERIFY(!text.contains(u"I. Raqamli texnologiyalar vazirligi tomonidan"_s));
        QVERIFY(text.indexOf(u"Koʻchirma asli bilan toʻgʻri."_s)
            > text.indexOf(u"Kengash qaror qiladi:"_s));
        QVERIFY(text.contains(u"Koʻchirma berilgan sana: 2025-yil 15-iyul"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliForms)
#include "testcliforms.moc"
