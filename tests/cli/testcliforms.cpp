#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    // The opening's fields, the appendices and the KPI figures are printed,
    // so import puts their apostrophes right, check reads them and search
    // finds them, like every other printed field.
    void openingAppendicesAndFiguresAreTextsLikeAnyOther()
    {
        const QString db = m_dir.filePath(u"opening.sqlite"_s);
        const CliRunner cli(db);
        QCOMPARE(cli.run({u"sample"_s, u"--all"_s}).exitCode, 0);
        const QString json = m_dir.filePath(u"opening.json"_s);
        QCOMPARE(cli.run({u"export"_s, u"2"_s, u"--output"_s, json}).exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QList<std::pair<QString, QString>> typed {
            {u"\"basis\": \""_s, u"Bazisdagina o'zgartirishlar, "_s},
            {u"\"convenedBy\": \""_s, u"Chaqiruvchi qo'mita, "_s},
            {u"\"notification\": \""_s, u"Ma'lumotnoma. "_s},
            {u"\"title\": \"Yangi qadoqlash liniyasi loyihasining qisqacha"_s,
                u"Ilovadagina yo'l "_s},
            {u"\"body\": \"## Loyihaning asosiy"_s, u"Ilovatanasi "_s},
        };
        for (const auto& [key, words] : typed) {
            const qsizetype at = text.indexOf(key);
            QVERIFY2(at > 0 && text.indexOf(key, at + 1) < 0, qPrintable(key));
            // After the opening quote of the value; the title and body keep theirs.
            const qsizetype value = text.indexOf(u'"', at + key.indexOf(u':')) + 1;
            text.insert(value + (key.endsWith(u"## Loyihaning asosiy"_s) ? 3 : 0), words);
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const CliRunner::Run imported = cli.run({u"import"_s, json});
        QCOMPARE(imported.exitCode, 0);
        const QString id = imported.out.trimmed();

        // Import: the apostrophes are the right ones in every field.
        const QString back = m_dir.filePath(u"opening-back.json"_s);
        QCOMPARE(cli.run({u"export"_s, id, u"--output"_s, back}).exitCode, 0);
        QFile exported(back);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString stored = QString::fromUtf8(exported.readAll());
        for (const QString& right : {u"\"basis\": \"Bazisdagina oʻzgartirishlar, "_s,
                 u"\"convenedBy\": \"Chaqiruvchi qoʻmita, "_s,
                 u"\"notification\": \"Maʼlumotnoma. "_s, u"\"title\": \"Ilovadagina yoʻl Yangi"_s})
            QVERIFY2(stored.contains(right), qPrintable(right));
        QVERIFY(!stored.contains(u"o'zgartirishlar"_s));

        // Search: a word that stands only in one of them, and a KPI figure.
        const QList<std::pair<QString, QString>> found {
            {u"bazisdagina"_s, id + u"\tmeeting\t"_s},
            {u"chaqiruvchi"_s, id + u"\tmeeting\t"_s},
            {u"ilovadagina"_s, id + u"\tappendix 1\t"_s},
            {u"ilovatanasi"_s, id + u"\tappendix 1\t"_s},
            {u"38000"_s, id + u"\tkpi "_s},
        };
        for (const auto& [query, line] : found) {
            const CliRunner::Run run = cli.run({u"search"_s, query});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(line), qPrintable(query + u": "_s + run.out));
        }

        // Check: a typewriter apostrophe in basis or an appendix's title, as
        // another program (or an older Bayon) may have stored it.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"opening-raw"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(
                u"UPDATE meetings SET basis = 'Ustavga o''zgartirishlar' WHERE id = "_s + id));
            QVERIFY(query.exec(u"UPDATE meeting_appendices SET title = 'Yo''l xaritasi' WHERE "
                               "meeting_id = "_s
                + id));
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"opening-raw"_s);
        const CliRunner::Run run = cli.run({u"check"_s, id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"meeting\tbasis\t9\tapostrophe\t"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"appendix 1\ttitle\t2\tapostrophe\t"_s), qPrintable(run.out));
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
