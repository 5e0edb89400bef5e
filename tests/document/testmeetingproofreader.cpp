#include "document/meetingproofreader.h"
#include "domain/meetingtexts.h"
#include "domain/meetingvalidator.h"
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

QList<ValidationIssue> advice(const Meeting& meeting, const QString& rule)
{
    QList<ValidationIssue> out;
    for (const ValidationIssue& issue : MeetingValidator::validate(meeting)) {
        if (issue.rule == rule)
            out.append(issue);
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

// The proofreader's string rules over every text of a meeting, and the advice
// on its structure that the validator gives.
class TestMeetingProofreader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanMeetingHasNoFindings()
    {
        const QList<Finding> findings = MeetingProofreader::check(cleanMeeting());
        for (const Finding& f : findings)
            qWarning("%s %s %lld: %s", qUtf8Printable(f.part), qUtf8Printable(f.field),
                qlonglong(f.position), qUtf8Printable(f.message));
        QVERIFY(findings.isEmpty());
        QVERIFY(MeetingValidator::validate(cleanMeeting()).isEmpty());
    }

    void wrongApostrophes()
    {
        Meeting m = cleanMeeting();
        m.agenda[0].title = u"Ishlar to'g'risida"_s;
        const QList<Finding> findings = only(MeetingProofreader::check(m), Proofreader::Apostrophe);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].part, u"agenda 1"_s);
        QCOMPARE(findings[0].field, u"title"_s);
        QCOMPARE(findings[0].position, 9);
        QCOMPARE(findings[0].length, 1);
        QCOMPARE(findings[0].suggestion, u"ʻ"_s);
        QCOMPARE(findings[1].position, 11);
        QVERIFY(findings[0].message.contains(u"U+0027"_s));
    }

    // The advice on the structure is the validator's, as warnings naming their rule.
    void followUpIsAValidatorWarning()
    {
        Meeting m = cleanMeeting();
        m.resolutions[1].responsible.clear();
        m.resolutions[1].deadline = Deadline::none();
        QList<ValidationIssue> issues = advice(m, MeetingValidator::FollowUpRule);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].part, u"resolution 2"_s);
        QCOMPARE(issues[0].field, u"responsible"_s);
        QVERIFY(issues[0].isWarning());
        QCOMPARE(issues[1].field, u"deadline"_s);

        // An addressee answers for a recommendation, a date is a deadline.
        m.resolutions[1].kind = ResolutionKind::Recommend;
        m.resolutions[1].addressee = u"Raqamli texnologiyalar vazirligiga"_s;
        m.resolutions[1].deadline = Deadline::on(QDate(2025, 12, 31));
        QVERIFY(advice(m, MeetingValidator::FollowUpRule).isEmpty());

        // Taking note needs no follow-up.
        m.resolutions[0].responsible.clear();
        m.resolutions[0].deadline = Deadline::none();
        QVERIFY(advice(m, MeetingValidator::FollowUpRule).isEmpty());
    }

    void agendaItemWithoutSpeaker()
    {
        Meeting m = cleanMeeting();
        AgendaItem second;
        second.title = u"“Madad” tashkilotining murojaati haqida"_s;
        m.agenda.append(second);
        QList<ValidationIssue> issues = advice(m, MeetingValidator::SpeakerRule);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].part, u"agenda 2"_s);
        QCOMPARE(issues[0].field, u"reports"_s);
        QVERIFY(issues[0].isWarning());

        // A report without its speaker is the validator's error on the report.
        m.agenda[1].reports.append(SpeakerReport {});
        QVERIFY(advice(m, MeetingValidator::SpeakerRule).isEmpty());
        bool named = false;
        for (const ValidationIssue& issue : MeetingValidator::validate(m))
            named |= issue.part == u"report 2.1"_s && issue.field == u"speaker"_s;
        QVERIFY(named);
        m.agenda[1].reports[0].speaker = person(u"A.Ishanxodjaev"_s);
        QVERIFY(MeetingValidator::validate(m).isEmpty());
    }

    // A typewriter apostrophe is found in every printed text, the opening's
    // fields, the votes and the appendices among them.
    void apostropheInEveryPrintedField()
    {
        Meeting m = cleanMeeting();
        m.basis = u"Qonunga o'zgartirishlar"_s;
        m.convenedBy = u"Kengash raisi G'.Aliyev"_s;
        m.notification = u"Hurmatli a'zo!"_s;
        m.resolutions[0].vote.kind = VoteKind::Unanimous;
        m.resolutions[0].vote.opinions = u"N.Abdullayev o'z fikrini bildirdi"_s;
        Appendix appendix;
        appendix.title = u"Yo'l xaritasi"_s;
        appendix.body = u"- to'lov"_s;
        m.appendices.append(appendix);
        QStringList where;
        for (const Finding& f : only(MeetingProofreader::check(m), Proofreader::Apostrophe))
            where.append(f.part + u'|' + f.field);
        QCOMPARE(where,
            QStringList({u"meeting|convenedBy"_s, u"meeting|basis"_s, u"meeting|notification"_s,
                u"resolution 1|vote.opinions"_s, u"appendix 1|title"_s, u"appendix 1|body"_s}));
    }

    // And in every text the walk lists, wherever it stands.
    void apostropheInEveryWalkedText()
    {
        Meeting m = cleanMeeting();
        m.appendices.append(Appendix {});
        m.attendance.append(Attendance {});
        MeetingTexts::transform(
            m, [](const QString& text) -> QString { return text + u" bo'lim"_s; });
        QStringList walked;
        MeetingTexts::forEach(
            std::as_const(m), [&walked](const QString& part, const QString& field, const QString&) {
                walked.append(part + u'|' + field);
            });
        QStringList found;
        for (const Finding& f : only(MeetingProofreader::check(m), Proofreader::Apostrophe))
            found.append(f.part + u'|' + f.field);
        QCOMPARE(found, walked);
    }

    void partsOfDeeperTexts()
    {
        Meeting m = cleanMeeting();
        m.agenda[0].reports[0].kpiTables[0].rows[0].note = u"o'sish  1,4 barobar"_s;
        m.resolutions[1].subPoints = {u"birinchi"_s, u"ikkinchi  band"_s};
        const QList<Finding> findings = MeetingProofreader::check(m);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings[0].part, u"kpi 1.1.1"_s);
        QCOMPARE(findings[0].field, u"note"_s);
        QCOMPARE(findings[0].rule, Proofreader::Apostrophe);
        QCOMPARE(findings[1].part, u"kpi 1.1.1"_s);
        QCOMPARE(findings[1].rule, Proofreader::DoubleSpace);
        QCOMPARE(findings[2].part, u"resolution 2"_s);
        QCOMPARE(findings[2].field, u"subPoints 2"_s);
    }
};

QTEST_GUILESS_MAIN(TestMeetingProofreader)
#include "testmeetingproofreader.moc"
