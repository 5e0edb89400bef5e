#include "csvreader.h"
#include "document/csvwriter.h"
#include "document/decisionreport.h"
#include "poppler.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The decisions register as a report: CSV that parses back, plain text, and
// the printed form (A4 landscape, the header row on every page, "k / N"),
// checked with poppler as a user would see it.
class TestDecisionReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<DecisionEntry> entries(int count)
    {
        QList<DecisionEntry> list;
        for (int i = 0; i < count; ++i) {
            DecisionEntry entry;
            entry.meetingId = 10 + i / 5;
            entry.meetingNumber = 3 + i / 5;
            entry.meetingDate = QDate(2025, 7, 10).addMonths(i / 5);
            entry.councilName = u"Jamoatchilik kengashi"_s;
            entry.resolutionNumber = i % 5 + 1;
            entry.text
                = u"Raqamli texnologiyalar vazirligiga, \"Ishonch\" gazetasi bilan; %1-topshiriq"_s
                      .arg(i + 1);
            entry.subPoints = {u"birinchi band,\nikki qatorli"_s};
            entry.kind = ResolutionKind::Instruct;
            entry.addressee = u"Kengash ishchi organi"_s;
            entry.responsible = {u"N.Abdullayev"_s, u"Oʻ.Karimov"_s};
            entry.deadline = i % 2 ? Deadline::on(QDate(2025, 8, 1)) : Deadline::nextMeeting();
            entry.due = i % 2 ? QDate(2025, 8, 1) : QDate();
            entry.followUpStatus = i % 3 ? FollowUpStatus::Open : FollowUpStatus::Done;
            entry.statusNote = u" bosh joy bilan"_s;
            list.append(entry);
        }
        return list;
    }

    static DecisionReport::Heading heading()
    {
        return {u"Jamoatchilik kengashi"_s, QDate(2025, 7, 1), QDate(2025, 12, 31),
            {u"Holati: ochiq"_s}, QDate(2025, 9, 20)};
    }

    QString save(const QByteArray& bytes, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvFieldsAreQuotedAsRfc4180Says()
    {
        QCOMPARE(CsvWriter::field(u"oddiy"_s), QByteArray("oddiy"));
        QCOMPARE(CsvWriter::field(u"a, b"_s), QByteArray("\"a, b\""));
        QCOMPARE(CsvWriter::field(u"“Ishonch” \"gazeta\""_s),
            QByteArray("\"“Ishonch” \"\"gazeta\"\"\""));
        QCOMPARE(CsvWriter::field(u"bir\nikki"_s), QByteArray("\"bir\nikki\""));
        QCOMPARE(CsvWriter::field(u" chetda"_s), QByteArray("\" chetda\""));
        CsvWriter writer;
        writer.addRecord({u"a"_s, QString(), u"Oʻ"_s});
        QCOMPARE(writer.bytes(), QByteArray("a,,Oʻ\r\n"));
    }

    void theCsvParsesBack()
    {
        const QList<DecisionEntry> list = entries(7);
        const QList<QStringList> records = parseCsv(DecisionReport::csv(list, heading()));
        QCOMPARE(records.size(), 8);
        const QStringList header = records.first();
        QCOMPARE(header.first(), u"Yigʻilish ID"_s);
        QCOMPARE(header.size(), 14);
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList& record = records.at(i);
            const DecisionEntry& entry = list.at(i - 1);
            QCOMPARE(record.size(), header.size());
            QCOMPARE(record.at(header.indexOf(u"Yigʻilish ID"_s)).toLongLong(), entry.meetingId);
            QCOMPARE(record.at(header.indexOf(u"Yigʻilish sanasi"_s)),
                entry.meetingDate.toString(Qt::ISODate));
            QCOMPARE(record.at(header.indexOf(u"Qaror №"_s)).toInt(), entry.resolutionNumber);
            QCOMPARE(record.at(header.indexOf(u"Qaror matni"_s)), entry.fullText());
            QCOMPARE(record.at(header.indexOf(u"Masʼullar"_s)), u"N.Abdullayev; Oʻ.Karimov"_s);
            QCOMPARE(record.at(header.indexOf(u"Izoh"_s)), entry.statusNote);
            QCOMPARE(record.at(header.indexOf(u"Holati"_s)),
                DecisionReport::statusName(entry.followUpStatus));
            QCOMPARE(record.at(header.indexOf(u"Kechikish (kun)"_s)).toLongLong(),
                entry.daysOverdue(QDate(2025, 9, 20)));
        }
        QCOMPARE(records.at(2).at(header.indexOf(u"Muddat"_s)), u"2025-08-01"_s);
        QCOMPARE(records.at(1).at(header.indexOf(u"Muddat"_s)), u"keyingi yigʻilishgacha"_s);
    }

    void theTextHasAHeaderAndOneLineADecision()
    {
        const QStringList lines
            = DecisionReport::text(entries(3), heading()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), DecisionReport::title());
        QVERIFY(lines.contains(u"Davr: 2025-yil 1-iyul – 2025-yil 31-dekabr"_s));
        const qsizetype header = lines.indexOf(DecisionReport::columns().join(u'\t'));
        QVERIFY(header > 0);
        QCOMPARE(lines.size() - header - 1, 3);
        QCOMPARE(lines.at(header + 2).split(u'\t').size(), DecisionReport::columns().size());
        QVERIFY(lines.at(header + 2).contains(u"50"_s)); // 1 August to 20 September
    }

    void thePrintedRegister()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils are not installed");
        const QList<DecisionEntry> list = entries(60);
        const auto bytes = DecisionReport::pdf(list, heading());
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
        const QString path = save(*bytes, u"register.pdf"_s);
        const auto info = Poppler::info(path);
        QVERIFY2(info.value(u"Page size"_s).startsWith(u"842 x 595"_s)
                || info.value(u"Page size"_s).startsWith(u"841.89 x 595.2"_s),
            qPrintable(info.value(u"Page size"_s)));
        QVERIFY(info.value(u"Title"_s).contains(u"Qarorlar ijrosi reestri"_s));
        for (const Poppler::Font& font : Poppler::fonts(path)) {
            QVERIFY2(font.embedded, qPrintable(font.name));
            QVERIFY(font.name.contains(u"LiberationSerif"_s));
        }

        const QStringList pages = Poppler::pages(path, false);
        QVERIFY(pages.size() >= 3);
        const QString first = pages.first();
        QVERIFY(first.contains(DecisionReport::title()));
        QVERIFY(first.contains(u"Jamoatchilik kengashi"_s));
        QVERIFY(first.contains(u"Tanlov: Holati: ochiq"_s));
        QVERIFY(first.contains(u"Holat sanasi: 2025-yil 20-sentabr"_s));
        for (int page = 0; page < pages.size(); ++page) {
            const QStringList lines = Poppler::lines(pages.at(page));
            // The header row on every page, the page number in the footer.
            QVERIFY2(
                pages.at(page).contains(u"Masʼullar"_s), qPrintable(u"page %1"_s.arg(page + 1)));
            QVERIFY(pages.at(page).contains(u"Kechikish"_s));
            QCOMPARE(lines.last(), u"%1 / %2"_s.arg(page + 1).arg(pages.size()));
        }
        const QString all = pages.join(u'\n');
        for (int i = 1; i <= 60; ++i)
            QVERIFY2(all.contains(u"%1-topshiriq"_s.arg(i)), qPrintable(QString::number(i)));
        QVERIFY(all.contains(u"Oʻ.Karimov"_s));
    }

    void theRegisterAsOdt()
    {
        const auto bytes = DecisionReport::odt(entries(4), heading());
        QVERIFY(bytes);
        QVERIFY(bytes->startsWith("PK"));
        QVERIFY(bytes->contains("application/vnd.oasis.opendocument.text"));
    }
};

QTEST_MAIN(TestDecisionReport)
#include "testdecisionreport.moc"
