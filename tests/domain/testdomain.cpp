#include "domain/enums.h"
#include "domain/meeting.h"
#include "domain/meetingdiff.h"
#include "domain/meetingtexts.h"
#include "domain/meetingvalidator.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

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
        // Each item with its report and speaker: an item without one is warned of.
        SpeakerReport report;
        report.speaker.shortName = QStringLiteral("A.Bir");
        AgendaItem first;
        first.title = QStringLiteral("Birinchi masala");
        first.reports = {report};
        AgendaItem second;
        second.title = QStringLiteral("Ikkinchi masala");
        second.reports = {report};
        meeting.agenda = {first, second};
        return meeting;
    }

    // Fills every text of a Meeting, field by field, with a word of its own,
    // and returns the words as "part|field|word". Written out by hand, not by
    // the walk, so that the walk is checked against it; fieldSizesAreKnown
    // fails when a struct grows until this and MeetingTexts are updated.
    static QStringList fillEveryText(Meeting& m)
    {
        QStringList words;
        int next = 0;
        const auto fill
            = [&words, &next](QString& text, const QString& part, const QString& field) {
                  text = u"word"_s + QString::number(++next);
                  words.append(part + u'|' + field + u'|' + text);
              };
        const auto person = [&fill](Person& p, const QString& part, const QString& prefix) {
            fill(p.fullName, part, prefix + u"fullName"_s);
            fill(p.shortName, part, prefix + u"shortName"_s);
            fill(p.position, part, prefix + u"position"_s);
            fill(p.organisation, part, prefix + u"organisation"_s);
        };
        const auto vote = [&fill, &person](Vote& v, const QString& part) {
            v.kind = VoteKind::RollCall;
            fill(v.opinions, part, u"vote.opinions"_s);
            v.rollCall.resize(2);
            for (int e = 0; e < 2; ++e) {
                const QString prefix = u"vote.rollCall %1."_s.arg(e + 1);
                person(v.rollCall[e].member, part, prefix + u"member."_s);
                fill(v.rollCall[e].opinion, part, prefix + u"opinion"_s);
            }
        };
        const QString meeting = u"meeting"_s;
        fill(m.councilName, meeting, u"councilName"_s);
        fill(m.place, meeting, u"place"_s);
        fill(m.convenedBy, meeting, u"convenedBy"_s);
        fill(m.basis, meeting, u"basis"_s);
        fill(m.notification, meeting, u"notification"_s);
        person(m.chair, meeting, u"chair."_s);
        person(m.secretary, meeting, u"secretary."_s);
        m.attendance.resize(2);
        for (int a = 0; a < 2; ++a) {
            const QString part = u"attendance %1"_s.arg(a + 1);
            person(m.attendance[a].person, part, {});
            fill(m.attendance[a].note, part, u"note"_s);
        }
        m.agenda.resize(2);
        for (int i = 0; i < 2; ++i) {
            AgendaItem& item = m.agenda[i];
            const QString part = u"agenda %1"_s.arg(i + 1);
            fill(item.title, part, u"title"_s);
            item.discussion.participants.resize(2);
            for (int p = 0; p < 2; ++p)
                person(item.discussion.participants[p], part, u"participant %1."_s.arg(p + 1));
            fill(item.discussion.summary, part, u"discussion"_s);
            vote(item.vote, part);
            item.reports.resize(2);
            for (int r = 0; r < 2; ++r) {
                SpeakerReport& report = item.reports[r];
                const QString reportPart = u"report %1.%2"_s.arg(i + 1).arg(r + 1);
                person(report.speaker, reportPart, u"speaker."_s);
                fill(report.lead, reportPart, u"lead"_s);
                fill(report.body, reportPart, u"body"_s);
                report.kpiTables.resize(2);
                int rowNumber = 0;
                for (int t = 0; t < 2; ++t) {
                    KpiTable& table = report.kpiTables[t];
                    fill(table.caption, reportPart, u"kpiTable %1.caption"_s.arg(t + 1));
                    table.rows.resize(2);
                    for (KpiRow& row : table.rows) {
                        const QString rowPart
                            = u"kpi %1.%2.%3"_s.arg(i + 1).arg(r + 1).arg(++rowNumber);
                        fill(row.indicator, rowPart, u"indicator"_s);
                        fill(row.unit, rowPart, u"unit"_s);
                        fill(row.period, rowPart, u"period"_s);
                        fill(row.note, rowPart, u"note"_s);
                    }
                }
            }
        }
        m.resolutions.resize(2);
        for (int r = 0; r < 2; ++r) {
            Resolution& resolution = m.resolutions[r];
            const QString part = u"resolution %1"_s.arg(r + 1);
            fill(resolution.addressee, part, u"addressee"_s);
            resolution.responsible.resize(2);
            resolution.subPoints.resize(2);
            for (int p = 0; p < 2; ++p)
                fill(resolution.responsible[p], part, u"responsible %1"_s.arg(p + 1));
            fill(resolution.text, part, u"text"_s);
            for (int p = 0; p < 2; ++p)
                fill(resolution.subPoints[p], part, u"subPoints %1"_s.arg(p + 1));
            fill(resolution.statusNote, part, u"statusNote"_s);
            vote(resolution.vote, part);
        }
        m.appendices.resize(2);
        for (int a = 0; a < 2; ++a) {
            const QString part = u"appendix %1"_s.arg(a + 1);
            fill(m.appendices[a].title, part, u"title"_s);
            fill(m.appendices[a].body, part, u"body"_s);
        }
        return words;
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
                QStringLiteral("report 1.1|speaker.shortName|A.Bir"),
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

    // The walk finds every text of a meeting, each under its part and field.
    void walkReachesEveryText()
    {
        Meeting meeting;
        QStringList expected = fillEveryText(meeting);
        QStringList seen;
        MeetingTexts::forEach(std::as_const(meeting),
            [&seen](const QString& part, const QString& field, const QString& text) {
                seen.append(part + u'|' + field + u'|' + text);
            });
        QStringList missed;
        for (const QString& word : std::as_const(expected)) {
            if (!seen.contains(word))
                missed.append(word);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(u"MeetingTexts misses "_s + missed.join(u", "_s)));
        QCOMPARE(seen.size(), expected.size());

        // The mutable walk reaches the same fields.
        MeetingTexts::transform(meeting, [](const QString& text) { return text.toUpper(); });
        QStringList upper;
        MeetingTexts::forEach(std::as_const(meeting),
            [&upper](const QString&, const QString&, const QString& text) { upper.append(text); });
        QCOMPARE(upper.size(), expected.size());
        for (const QString& text : std::as_const(upper))
            QVERIFY2(text.startsWith(u"WORD"_s), qPrintable(text));
        QCOMPARE(meeting.basis, meeting.basis.toUpper());
        QVERIFY(meeting.appendices.at(1).body.startsWith(u"WORD"_s));
    }

    // The revision diff and the walk name a text's part alike, and the diff
    // sees a change in every text the walk lists (a speaker, a discussion
    // participant and a roll call's member by the name printed only).
    void diffSeesEveryWalkedTextUnderItsPart()
    {
        Meeting before;
        fillEveryText(before);
        QStringList fields;
        MeetingTexts::forEach(std::as_const(before),
            [&fields](const QString& part, const QString& field, const QString&) {
                fields.append(part + u'|' + field);
            });
        QStringList unseen;
        for (qsizetype k = 0; k < fields.size(); ++k) {
            Meeting after = before;
            qsizetype at = 0;
            MeetingTexts::forEach(after, [&at, k](const QString&, const QString&, QString& text) {
                if (at++ == k)
                    text += u" yangi"_s;
            });
            const QString part = fields.at(k).section(u'|', 0, 0);
            const QString field = fields.at(k).section(u'|', 1);
            const QList<MeetingDiff::Change> changes = MeetingDiff::compare(before, after);
            const bool seen = std::any_of(changes.cbegin(), changes.cend(),
                [&part](const MeetingDiff::Change& change) { return change.part == part; });
            const bool byNameOnly
                = (field.startsWith(u"participant "_s) || field.startsWith(u"speaker."_s)
                      || field.startsWith(u"vote.rollCall "_s))
                && !field.endsWith(u"shortName"_s) && !field.endsWith(u".opinion"_s);
            if (seen == byNameOnly)
                unseen.append(fields.at(k));
        }
        QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u", "_s)));
    }

    // The printed figures: a KPI row's value and change, apart from the texts.
    void walkOfFigures()
    {
        Meeting meeting = validMeeting();
        SpeakerReport report;
        KpiTable table;
        KpiRow value;
        value.value = 1152;
        KpiRow change;
        change.change = {ChangeKind::Factor, 1.4};
        KpiRow neither;
        table.rows = {value, change, neither};
        report.kpiTables = {table};
        meeting.agenda[1].reports = {report};
        QStringList seen;
        MeetingTexts::forEachFigure(
            meeting, [&seen](const QString& part, const QString& field, double figure) {
                seen.append(part + u'|' + field + u'|' + QString::number(figure));
            });
        QCOMPARE(seen, QStringList({u"kpi 2.1.1|value|1152"_s, u"kpi 2.1.2|change|1.4"_s}));
    }

    // A field added to a meeting or one of its parts changes its struct's
    // size (but for a small one that fits in padding): this fails until the
    // field is looked at. A printed text goes into
    // MeetingTexts and fillEveryText above; a printed number into
    // MeetingTexts::forEachFigure; then the size here is updated.
    void fieldSizesAreKnown()
    {
        if constexpr (sizeof(void*) != 8)
            QSKIP("the sizes are those of a 64-bit build");
        const QList<std::pair<const char*, std::pair<size_t, size_t>>> sizes {
            {"Meeting", {sizeof(Meeting), 744}},
            {"Person", {sizeof(Person), 104}},
            {"Attendance", {sizeof(Attendance), 136}},
            {"AgendaItem", {sizeof(AgendaItem), 176}},
            {"Discussion", {sizeof(Discussion), 48}},
            {"SpeakerReport", {sizeof(SpeakerReport), 192}},
            {"KpiTable", {sizeof(KpiTable), 48}},
            {"KpiRow", {sizeof(KpiRow), 128}},
            {"KpiChange", {sizeof(KpiChange), 16}},
            {"Resolution", {sizeof(Resolution), 272}},
            {"Deadline", {sizeof(Deadline), 16}},
            {"FollowUpEntry", {sizeof(FollowUpEntry), 72}},
            {"Vote", {sizeof(Vote), 64}},
            {"RollCallEntry", {sizeof(RollCallEntry), 136}},
            {"Appendix", {sizeof(Appendix), 64}},
            {"Attachment", {sizeof(Attachment), 128}},
            {"ProtocolTemplate", {sizeof(ProtocolTemplate), 200}},
            {"ApprovalBlock", {sizeof(ApprovalBlock), 56}},
            {"QuorumRule", {sizeof(QuorumRule), 8}},
        };
        for (const auto& [name, size] : sizes)
            QVERIFY2(size.first == size.second,
                qPrintable(u"%1 is %2 bytes, not %3: a field was added: add it to MeetingTexts "
                           "(or forEachFigure) and to this test"_s.arg(QString::fromLatin1(name))
                               .arg(size.first)
                               .arg(size.second)));
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
