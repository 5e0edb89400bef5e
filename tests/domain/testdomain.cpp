#include "domain/enums.h"
#include "domain/meeting.h"
#include "domain/meetingtexts.h"
#include "domain/meetingvalidator.h"

#include <QTest>

using namespace Bayon;

// The rules of the domain that need no I/O: enum keys, deadlines, ordering,
// derived counts and validation.
class TestDomain : public QObject
{
    Q_OBJECT

private:
    static Meeting validMeeting()
    {
        Meeting meeting;
        meeting.councilName = QStringLiteral("Jamoatchilik kengashi");
        meeting.date = QDate(2025, 6, 23);
        AgendaItem first;
        first.title = QStringLiteral("Birinchi masala");
        AgendaItem second;
        second.title = QStringLiteral("Ikkinchi masala");
        meeting.agenda = {first, second};
        return meeting;
    }

private Q_SLOTS:
    void enumKeysRoundTrip()
    {
        for (const QString& key : enumKeys<MeetingStatus>())
            QCOMPARE(enumKey(*enumFromKey<MeetingStatus>(key)), key);
        QCOMPARE(enumKey(FollowUpStatus::InProgress), QStringLiteral("in-progress"));
        QCOMPARE(enumKey(MeetingForm::WrittenPoll), QStringLiteral("written-poll"));
        QCOMPARE(enumFromKey<ResolutionKind>(u"instruct"), ResolutionKind::Instruct);
        QVERIFY(!enumFromKey<ResolutionKind>(u"Instruct").has_value());
        QCOMPARE(enumKeys<DeadlineKind>(),
            QStringList(
                {QStringLiteral("none"), QStringLiteral("date"), QStringLiteral("next-meeting")}));
    }

    void deadlineValidity()
    {
        QVERIFY(Deadline::none().isValid());
        QVERIFY(!Deadline::none().isSet());
        QVERIFY(Deadline::nextMeeting().isValid());
        QVERIFY(Deadline::on(QDate(2025, 9, 1)).isValid());
        QVERIFY(!Deadline::on(QDate(2025, 2, 30)).isValid());
    }

    void movingAnAgendaItemRenumbersByOrder()
    {
        Meeting meeting = validMeeting();
        AgendaItem third;
        third.title = QStringLiteral("Uchinchi masala");
        meeting.agenda.append(third);
        QVERIFY(meeting.moveAgendaItem(2, 0));
        QCOMPARE(meeting.agenda.at(0).title, QStringLiteral("Uchinchi masala"));
        QCOMPARE(meeting.agenda.at(1).title, QStringLiteral("Birinchi masala"));
        QCOMPARE(meeting.agendaIndexOf(third.uid), 0);
        QVERIFY(!meeting.moveAgendaItem(0, 3));
        QVERIFY(!meeting.moveAgendaItem(-1, 0));
    }

    void resolutionsFollowTheirAgendaItem()
    {
        Meeting meeting = validMeeting();
        Resolution onFirst;
        onFirst.text = QStringLiteral("Maʼlumot uchun qabul qilinsin.");
        onFirst.agendaItemUid = meeting.agenda.at(0).uid;
        Resolution onSecond = onFirst;
        onSecond.uid = QUuid::createUuid();
        onSecond.agendaItemUid = meeting.agenda.at(1).uid;
        meeting.resolutions = {onSecond, onFirst, onSecond};
        meeting.resolutions[2].uid = QUuid::createUuid();
        QCOMPARE(meeting.resolutionIndexesFor(meeting.agenda.at(1).uid), QList<int>({0, 2}));
        QVERIFY(meeting.moveResolution(1, 0));
        QCOMPARE(meeting.resolutionIndexesFor(meeting.agenda.at(0).uid), QList<int>({0}));
    }

    void titleAndCounts()
    {
        Meeting meeting = validMeeting();
        QCOMPARE(meeting.title(), QStringLiteral("Birinchi masala"));
        meeting.agenda.clear();
        QCOMPARE(meeting.title(), QStringLiteral("Jamoatchilik kengashi"));

        Attendance present;
        present.person.fullName = QStringLiteral("Ishanxodjaev A.");
        Attendance absent = present;
        absent.presence = Presence::Absent;
        Attendance guest = present;
        guest.role = AttendanceRole::Invited;
        meeting.attendance = {present, absent, guest, present};
        QCOMPARE(meeting.presentMemberCount(), 2);
        QVERIFY(!meeting.isLocked());
        meeting.status = MeetingStatus::Signed;
        QVERIFY(meeting.isLocked());
    }

    void validMeetingHasNoIssues()
    {
        QVERIFY(MeetingValidator::validate(validMeeting()).isEmpty());
    }

    void validationNamesPartAndField()
    {
        Meeting meeting = validMeeting();
        meeting.date = QDate();
        meeting.councilName = QStringLiteral("  ");
        meeting.agenda[1].title.clear();
        SpeakerReport report;
        KpiTable table;
        KpiRow row;
        row.indicator = QStringLiteral("xodimlar soni");
        table.rows = {row};
        report.kpiTables = {table};
        meeting.agenda[1].reports = {report};
        Resolution resolution;
        resolution.text = QStringLiteral("Tavsiya etilsin.");
        resolution.deadline = Deadline::on(QDate(2025, 13, 1));
        meeting.resolutions = {resolution};

        const QList<ValidationIssue> issues = MeetingValidator::validate(meeting);
        auto has = [&](const QString& part, const QString& field) {
            return std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue& issue) {
                return issue.part == part && issue.field == field && !issue.message.isEmpty();
            });
        };
        QVERIFY(has(QStringLiteral("meeting"), QStringLiteral("date")));
        QVERIFY(has(QStringLiteral("meeting"), QStringLiteral("council")));
        QVERIFY(has(QStringLiteral("agenda 2"), QStringLiteral("title")));
        QVERIFY(has(QStringLiteral("report 2.1"), QStringLiteral("speaker")));
        QVERIFY(has(QStringLiteral("kpi 2.1.1"), QStringLiteral("value")));
        QVERIFY(has(QStringLiteral("resolution 1"), QStringLiteral("deadline")));
        QCOMPARE(issues.size(), 6);
    }

    // Protocol forms: the quorum warns, an item's vote and a roll
    // call are checked against those present and the body's members, the
    // mentions of attached documents against the documents.
    void quorumAgendaVoteRollCallAndAppendixChecks()
    {
        Meeting meeting = validMeeting();
        const auto member = [](const QString& name, Presence presence) {
            Attendance line;
            line.person.shortName = name;
            line.role = AttendanceRole::Member;
            line.presence = presence;
            return line;
        };
        meeting.attendance = {member(QStringLiteral("A.Bir"), Presence::Present),
            member(QStringLiteral("B.Ikki"), Presence::Absent),
            member(QStringLiteral("C.Uch"), Presence::Absent)};
        // No body, no members' count, the narrative form: no quorum to speak of.
        QVERIFY(!meeting.hasQuorumRule());
        QVERIFY(MeetingValidator::validate(meeting).isEmpty());
        meeting.memberCount = 3;
        QVERIFY(meeting.hasQuorumRule());
        QList<ValidationIssue> issues = MeetingValidator::validate(meeting);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().part, QStringLiteral("meeting"));
        QCOMPARE(issues.first().field, QStringLiteral("quorum"));
        QVERIFY(issues.first().isWarning());
        QVERIFY(issues.first().message.contains(QStringLiteral("1 of 3")));
        meeting.attendance[1].presence = Presence::Present;
        QVERIFY(MeetingValidator::validate(meeting).isEmpty());

        // A vote on the second item: 3 votes, 2 present.
        meeting.agenda[1].vote = {VoteKind::Counts, 2, 1, 0, {}, {}};
        issues = MeetingValidator::validate(meeting);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().part, QStringLiteral("agenda 2"));
        QCOMPARE(issues.first().field, QStringLiteral("vote"));
        QVERIFY(!issues.first().isWarning());

        // A roll call: one member present, one absent, one stranger.
        Person stranger;
        stranger.shortName = QStringLiteral("D.Begona");
        meeting.agenda[1].vote = {VoteKind::RollCall, 0, 0, 0,
            {{meeting.attendance.at(0).person, VoteChoice::For, {}},
                {meeting.attendance.at(2).person, VoteChoice::For, {}},
                {stranger, VoteChoice::Against, QStringLiteral("Qarshiman.")}},
            {}};
        issues = MeetingValidator::validate(meeting);
        QStringList messages;
        for (const ValidationIssue& issue : issues)
            messages.append(issue.message);
        QVERIFY(messages.join(u'\n').contains(
            QStringLiteral("C.Uch is in the roll call but is marked as not present")));
        QVERIFY(messages.join(u'\n').contains(
            QStringLiteral("D.Begona is in the roll call but is not a member")));
        QVERIFY(messages.join(u'\n').contains(QStringLiteral("3 votes were counted")));
        meeting.agenda[1].vote = {};

        // Two mentions, one document.
        SpeakerReport report;
        report.speaker.shortName = QStringLiteral("A.Bir");
        report.body = QStringLiteral("Reja (ilova qilinadi).\n\nJadval ( Ilova  qilinadi ).");
        meeting.agenda[0].reports = {report};
        QCOMPARE(MeetingValidator::appendixMentionCount(meeting), 2);
        meeting.appendices = {Appendix {QUuid::createUuid(), QStringLiteral("Reja"), QString()}};
        issues = MeetingValidator::validate(meeting);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("appendices"));
        QVERIFY(issues.first().isWarning());
        meeting.appendices.append(Appendix {QUuid::createUuid(), QString(), QString()});
        issues = MeetingValidator::validate(meeting);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().part, QStringLiteral("appendix 2"));
        QCOMPARE(issues.first().field, QStringLiteral("title"));
    }

    void resolutionOnRemovedItemIsReported()
    {
        Meeting meeting = validMeeting();
        Resolution resolution;
        resolution.text = QStringLiteral("Qoʻllab-quvvatlansin.");
        resolution.agendaItemUid = QUuid::createUuid();
        meeting.resolutions = {resolution};
        const QList<ValidationIssue> issues = MeetingValidator::validate(meeting);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("agendaItem"));
    }

    void textsAreVisitedWithTheirParts()
    {
        Meeting meeting = validMeeting();
        SpeakerReport report;
        report.lead = QStringLiteral("O.Pekso soʻzga chiqib");
        KpiTable table;
        KpiRow first;
        first.indicator = QStringLiteral("xodimlar soni");
        KpiRow second;
        second.indicator = QStringLiteral("eksport");
        table.rows = {first};
        KpiTable secondTable;
        secondTable.rows = {second};
        report.kpiTables = {table, secondTable};
        meeting.agenda[1].reports = {report};
        Resolution resolution;
        resolution.subPoints = {QStringLiteral("birinchi"), QStringLiteral("ikkinchi")};
        meeting.resolutions = {resolution};

        QStringList seen;
        MeetingTexts::forEach(std::as_const(meeting),
            [&](const QString& part, const QString& field, const QString& text) {
                if (!text.isEmpty())
                    seen.append(part + u'|' + field + u'|' + text);
            });
        QCOMPARE(seen,
            QStringList({QStringLiteral("meeting|councilName|Jamoatchilik kengashi"),
                QStringLiteral("agenda 1|title|Birinchi masala"),
                QStringLiteral("agenda 2|title|Ikkinchi masala"),
                QStringLiteral("report 2.1|lead|O.Pekso soʻzga chiqib"),
                QStringLiteral("kpi 2.1.1|indicator|xodimlar soni"),
                QStringLiteral("kpi 2.1.2|indicator|eksport"),
                QStringLiteral("resolution 1|subPoints 1|birinchi"),
                QStringLiteral("resolution 1|subPoints 2|ikkinchi")}));

        MeetingTexts::transform(meeting, [](const QString& text) { return text.toUpper(); });
        QCOMPARE(meeting.agenda.at(1).reports.at(0).kpiTables.at(1).rows.at(0).indicator,
            QStringLiteral("EKSPORT"));
        QCOMPARE(meeting.resolutions.at(0).subPoints.at(1), QStringLiteral("IKKINCHI"));
        QCOMPARE(meeting.councilName, QStringLiteral("JAMOATCHILIK KENGASHI"));
    }

    void followUpKinds()
    {
        Resolution resolution;
        resolution.kind = ResolutionKind::Instruct;
        QVERIFY(resolution.needsFollowUp());
        resolution.kind = ResolutionKind::TakeNote;
        QVERIFY(!resolution.needsFollowUp());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "testdomain.moc"
