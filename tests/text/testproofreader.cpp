#include "text/proofreader.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

QList<Finding> only(const QList<Finding>& findings, const QString& rule)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

Person person(const QString& shortName)
{
    Person p;
    p.shortName = shortName;
    p.fullName = shortName;
    return p;
}

// A clean meeting: the proofreader must have nothing to say about it.
Meeting cleanMeeting()
{
    Meeting m;
    m.councilName = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;
    m.date = QDate(2025, 6, 23);
    m.place = u"Toshkent shahri"_s;
    m.chair = person(u"A.Ishanxodjaev"_s);
    m.secretary = person(u"N.Abdullayev"_s);
    AgendaItem item;
    item.title = u"Raqamli texnologiyalar vazirligi tomonidan 2025-yilning I yarim yilligida "
                 u"amalga oshirilgan ishlar toʻgʻrisida"_s;
    SpeakerReport report;
    report.speaker = person(u"O.Pekso"_s);
    report.lead = u"O.Pekso soʻzga chiqib, maʼlumotlar taqdim qildi. Jumladan:"_s;
    report.body = u"## IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:\n\n"
                  u"- xorijiy kapital ishtirokidagi korxonalar 8,4 barobar oshib, 1\u00A0152 tani "
                  u"(jami korxonalarning 11,2 foizi) tashkil etdi;\n"
                  u"- “Ishonch” va 'Xabar' gazetalari, ‘Madad’ jamgʻarmasi;\n"
                  u"- 2025-yil 23.06.2025 holatiga, soat 11.00 da, qarorning 3.1-bandida."_s;
    KpiTable table;
    table.caption = u"Iqtisodiy koʻrsatkichlar"_s;
    KpiRow row;
    row.indicator = u"xorijiy kapital ishtirokidagi korxonalar"_s;
    row.value = 1152;
    table.rows.append(row);
    report.kpiTables.append(table);
    item.reports.append(report);
    m.agenda.append(item);
    Resolution take;
    take.kind = ResolutionKind::TakeNote;
    take.text = u"Axborot maʼlumot uchun qabul qilinsin."_s;
    m.resolutions.append(take);
    Resolution instruct;
    instruct.kind = ResolutionKind::Instruct;
    instruct.text
        = u"Mazkur bayonni Jamoatchilik kengashi aʼzolariga yetkazish choralarini koʻrsin."_s;
    instruct.responsible = {u"N.Abdullayev"_s};
    instruct.deadline = Deadline::nextMeeting();
    m.resolutions.append(instruct);
    return m;
}

} // namespace

class TestProofreader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanMeetingHasNoFindings()
    {
        const QList<Finding> findings = Proofreader::check(cleanMeeting());
        for (const Finding& f : findings)
            qWarning("%s %s %lld: %s", qUtf8Printable(f.part), qUtf8Printable(f.field),
                qlonglong(f.position), qUtf8Printable(f.message));
        QVERIFY(findings.isEmpty());
    }

    void wrongApostrophes()
    {
        Meeting m = cleanMeeting();
        m.agenda[0].title = u"Ishlar to'g'risida"_s;
        const QList<Finding> findings = only(Proofreader::check(m), Proofreader::Apostrophe);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].part, u"agenda 1"_s);
        QCOMPARE(findings[0].field, u"title"_s);
        QCOMPARE(findings[0].position, 9);
        QCOMPARE(findings[0].length, 1);
        QCOMPARE(findings[0].suggestion, u"ʻ"_s);
        QCOMPARE(findings[1].position, 11);
        QVERIFY(findings[0].message.contains(u"U+0027"_s));
    }

    void tutuq()
    {
        const QList<Finding> findings
            = Proofreader::checkText(u"ma’lumot", u"meeting"_s, u"place"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].rule, Proofreader::Apostrophe);
        QCOMPARE(findings[0].suggestion, u"ʼ"_s);
        QCOMPARE(findings[0].part, u"meeting"_s);
        QCOMPARE(findings[0].field, u"place"_s);
    }

    void quotedWordsLeftAlone()
    {
        QVERIFY(
            Proofreader::checkText(u"‘Ishonch’ gazetasi, 'Xabar', “Madad”, «Ishonch»").isEmpty());
        QVERIFY(Proofreader::checkText(u"“Version 2.0” dasturi va “1,152” raqami").isEmpty());
    }

    void mixedScripts()
    {
        // "Kengash" with a Cyrillic е and a Cyrillic а: looks right, is not.
        const QString text = u"Jamoatchilik K\u0435ng\u0430sh raisi"_s;
        const QList<Finding> findings
            = Proofreader::checkText(text, u"meeting"_s, u"councilName"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].rule, Proofreader::MixedScript);
        QCOMPARE(findings[0].position, 13);
        QCOMPARE(findings[0].length, 7);
        QCOMPARE(findings[0].suggestion, u"Kengash"_s);
        // A Cyrillic word with a Latin o, suggested back to Cyrillic.
        const QList<Finding> cyrillic = Proofreader::checkText(u"Т\u006Fшкент");
        QCOMPARE(cyrillic.size(), 1);
        QCOMPARE(cyrillic[0].suggestion, u"Тошкент"_s);
        // Whole words in either script side by side are fine.
        QVERIFY(Proofreader::checkText(u"“Ishonch” va “Ишонч-Доверие” gazetalari").isEmpty());
    }

    void doubleSpaces()
    {
        const QList<Finding> findings = Proofreader::checkText(u"Kengash  qaror   qiladi:");
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].rule, Proofreader::DoubleSpace);
        QCOMPARE(findings[0].position, 7);
        QCOMPARE(findings[0].length, 2);
        QCOMPARE(findings[1].position, 14);
        QCOMPARE(findings[1].length, 3);
        // Indentation and line ends are layout, not doubled spaces.
        QVERIFY(Proofreader::checkText(u"birinchi  \n  ikkinchi").isEmpty());
    }

    void doubleWords()
    {
        const QList<Finding> findings
            = Proofreader::checkText(u"Vazirlik bilan bilan birgalikda va Va");
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].rule, Proofreader::DoubleWord);
        QCOMPARE(findings[0].position, 9);
        QCOMPARE(findings[0].length, 11);
        QCOMPARE(findings[0].suggestion, u"bilan"_s);
        QCOMPARE(findings[1].position, 32);
        // Repetition across punctuation or a hyphen is Uzbek, not a slip.
        QVERIFY(Proofreader::checkText(u"asta-asta, oʻzini-oʻzi; bir, bir").isEmpty());
    }

    void englishNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("thousands")
            << u"korxonalar 1,152 tani tashkil etdi"_s << u"1,152"_s << u"1\u00A0152"_s;
        QTest::newRow("millions") << u"jami 1,234,567 soʻm"_s << u"1,234,567"_s
                                  << u"1\u00A0234\u00A0567"_s;
        QTest::newRow("decimal point") << u"11.2 foizi"_s << u"11.2"_s << u"11,2"_s;
        QTest::newRow("in a sentence")
            << u"jami korxonalarning 11.2 foizi"_s << u"11.2"_s << u"11,2"_s;
        QTest::newRow("dotted thousands")
            << u"summa 1.152.000 soʻm"_s << u"1.152.000"_s << u"1\u00A0152\u00A0000"_s;
    }
    void englishNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QString, suggestion);
        const QList<Finding> findings
            = only(Proofreader::checkText(text), Proofreader::NumberFormat);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(text.mid(findings[0].position, findings[0].length), number);
        QCOMPARE(findings[0].suggestion, suggestion);
    }

    void uzbekNumbersPass()
    {
        QVERIFY(Proofreader::checkText(u"1 152 tani, 11,2 foizi, 16,5 mln, 1,152 mln, 3,3 barobar")
                    .isEmpty());
        QVERIFY(
            Proofreader::checkText(u"23.06.2025 holatiga, soat 11.00 da, 3.1-bandida").isEmpty());
        QVERIFY(Proofreader::checkText(u"1.1. Birinchi band\n2.1. Ikkinchi band\n2.2 Uchinchi")
                    .isEmpty());
        QVERIFY(Proofreader::checkText(u"my.gov.uz portalida, 01/218-25-son").isEmpty());
    }

    void followUp()
    {
        Meeting m = cleanMeeting();
        m.resolutions[1].responsible.clear();
        m.resolutions[1].deadline = Deadline::none();
        QList<Finding> findings = only(Proofreader::check(m), Proofreader::FollowUp);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].part, u"resolution 2"_s);
        QCOMPARE(findings[0].field, u"responsible"_s);
        QCOMPARE(findings[0].position, -1);
        QCOMPARE(findings[1].field, u"deadline"_s);

        // An addressee answers for a recommendation, a date is a deadline.
        m.resolutions[1].kind = ResolutionKind::Recommend;
        m.resolutions[1].addressee = u"Raqamli texnologiyalar vazirligiga"_s;
        m.resolutions[1].deadline = Deadline::on(QDate(2025, 12, 31));
        QVERIFY(only(Proofreader::check(m), Proofreader::FollowUp).isEmpty());

        // Taking note needs no follow-up.
        m.resolutions[0].responsible.clear();
        m.resolutions[0].deadline = Deadline::none();
        QVERIFY(only(Proofreader::check(m), Proofreader::FollowUp).isEmpty());
    }

    void agendaItemWithoutSpeaker()
    {
        Meeting m = cleanMeeting();
        AgendaItem second;
        second.title = u"“Madad” tashkilotining murojaati haqida"_s;
        m.agenda.append(second);
        QList<Finding> findings = only(Proofreader::check(m), Proofreader::Speaker);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].part, u"agenda 2"_s);
        QCOMPARE(findings[0].field, u"reports"_s);

        // A report without its speaker does not count either.
        m.agenda[1].reports.append(SpeakerReport {});
        QCOMPARE(only(Proofreader::check(m), Proofreader::Speaker).size(), 1);
        m.agenda[1].reports[0].speaker = person(u"A.Ishanxodjaev"_s);
        QVERIFY(only(Proofreader::check(m), Proofreader::Speaker).isEmpty());
    }

    void partsOfDeeperTexts()
    {
        Meeting m = cleanMeeting();
        m.agenda[0].reports[0].kpiTables[0].rows[0].note = u"o'sish  1,4 barobar"_s;
        m.resolutions[1].subPoints = {u"birinchi"_s, u"ikkinchi  band"_s};
        const QList<Finding> findings = Proofreader::check(m);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings[0].part, u"kpi 1.1.1"_s);
        QCOMPARE(findings[0].field, u"note"_s);
        QCOMPARE(findings[0].rule, Proofreader::Apostrophe);
        QCOMPARE(findings[1].part, u"kpi 1.1.1"_s);
        QCOMPARE(findings[1].rule, Proofreader::DoubleSpace);
        QCOMPARE(findings[2].part, u"resolution 2"_s);
        QCOMPARE(findings[2].field, u"subPoints 2"_s);
    }

    void everyRuleIsDescribed()
    {
        QCOMPARE(Proofreader::rules().size(), 7);
        for (const QString& rule : Proofreader::rules())
            QVERIFY2(!Proofreader::describe(rule).isEmpty(), qPrintable(rule));
        QVERIFY(Proofreader::describe(u"no-such-rule"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProofreader)
#include "testproofreader.moc"
