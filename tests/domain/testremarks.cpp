#include "domain/remark.h"
#include "domain/remarklocator.h"
#include "domain/remarkpart.h"
#include "interchange/meetingjson.h"
#include "testconfig.h"

#include <QFile>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// A member's remark on a part of a protocol in review: the part's name as a
// member writes it, and finding that part again after the secretary edited
// the meeting (unchanged, moved, changed, gone).
class TestRemarks : public QObject
{
    Q_OBJECT

private:
    // The shipped sample (two agenda items, the first report's 45 KPI rows in
    // several tables, three reports on item II, five resolutions), in review.
    static Meeting sample()
    {
        QFile file(QStringLiteral(BAYON_SOURCE_DIR "/resources/sample/sample-meeting.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Result<Meeting> meeting = MeetingJson::read(file.readAll());
        if (!meeting)
            return {};
        Meeting m = std::move(meeting).value();
        m.id = 7;
        m.revision = 2;
        m.status = MeetingStatus::Review;
        return m;
    }

    // The sample with three documents attached to its protocol.
    static Meeting withAppendices()
    {
        Meeting m = sample();
        m.appendices = {
            {QUuid::createUuid(), u"Muddati oʻtgan debitorlik qarzdorligini undirish rejasi"_s,
                u"## Tadbirlar\n- Qarzdorlar roʻyxatini tuzish"_s},
            {QUuid::createUuid(), u"Ishchi guruh tarkibi"_s, u"- A.Karimov\n- B.Saidova"_s},
            {QUuid::createUuid(), u"Xabarnoma"_s, QString()},
        };
        return m;
    }

    static RemarkPart named(const QString& name)
    {
        const Result<RemarkPart> part = RemarkPart::parse(name);
        return part ? *part : RemarkPart {};
    }

    static Remark write(const Meeting& meeting, const QString& name)
    {
        const Result<Remark> remark
            = Remark::create(meeting, named(name), u"Aniqlashtirish kerak."_s, u"Aziz Karimov"_s,
                QDateTime(QDate(2025, 7, 12), QTime(9, 0), Qt::UTC));
        if (!remark)
            qWarning().noquote() << remark.error().message;
        return remark ? *remark : Remark {};
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(sample().agenda.size(), 2); }

    void partNamesParseAndPrint_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<int>>("position");
        QTest::addColumn<QString>("printed");
        QTest::newRow("meeting") << u"meeting"_s << u"meeting"_s << QList<int> {} << u"meeting"_s;
        QTest::newRow("agenda") << u"agenda 2"_s << u"agenda"_s << QList<int> {2} << u"agenda 2"_s;
        QTest::newRow("report") << u"report 2.1"_s << u"report"_s << QList<int> {2, 1}
                                << u"report 2.1"_s;
        QTest::newRow("kpi") << u"kpi 2.1.3"_s << u"kpi"_s << QList<int> {2, 1, 3}
                             << u"kpi 2.1.3"_s;
        QTest::newRow("resolution")
            << u"resolution 3"_s << u"resolution"_s << QList<int> {3} << u"resolution 3"_s;
        QTest::newRow("appendix") << u"appendix 2"_s << u"appendix"_s << QList<int> {2}
                                  << u"appendix 2"_s;
        QTest::newRow("blanks and case")
            << u"  Report   12.10 "_s << u"report"_s << QList<int> {12, 10} << u"report 12.10"_s;
    }

    void partNamesParseAndPrint()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kind);
        QFETCH(QList<int>, position);
        QFETCH(QString, printed);
        const Result<RemarkPart> part = RemarkPart::parse(typed);
        QVERIFY2(part.ok(), part ? "" : qPrintable(part.error().message));
        QCOMPARE(enumKey(RemarkPart::pathKind(part->kind)), kind);
        QCOMPARE(part->position, position);
        QVERIFY(part->uid.isNull());
        QCOMPARE(part->name(), printed);
    }

    void badPartNamesAreRefusedWithTheCause_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("empty") << u"  "_s << u"No part was given"_s;
        QTest::newRow("unknown word") << u"speaker 2"_s << u"\"speaker 2\" is not a part"_s;
        QTest::newRow("meeting with a number") << u"meeting 1"_s << u"takes no number"_s;
        QTest::newRow("agenda without number") << u"agenda"_s << u"as in \"agenda 2\""_s;
        QTest::newRow("report with one number") << u"report 2"_s << u"as in \"report 2.1\""_s;
        QTest::newRow("kpi with two numbers") << u"kpi 2.1"_s << u"as in \"kpi 2.1.3\""_s;
        QTest::newRow("resolution 2.1") << u"resolution 2.1"_s << u"as in \"resolution 3\""_s;
        QTest::newRow("appendix without number")
            << u"appendix"_s << u"an appendix is named by its number, as in \"appendix 2\""_s;
        QTest::newRow("appendix 1.2") << u"appendix 1.2"_s << u"as in \"appendix 2\""_s;
        QTest::newRow("unknown word lists appendix")
            << u"ilova 2"_s << u"resolution 3, appendix 2."_s;
        QTest::newRow("zero") << u"agenda 0"_s << u"\"0\" is not a number as printed"_s;
        QTest::newRow("roman") << u"agenda II"_s << u"\"II\" is not a number as printed"_s;
        QTest::newRow("negative") << u"report 2.-1"_s << u"\"-1\" is not a number"_s;
        QTest::newRow("three words") << u"agenda 2 3"_s << u"is not a part"_s;
        QTest::newRow("attendance line") << u"attendance 2"_s << u"is not a part"_s;
    }

    void badPartNamesAreRefusedWithTheCause()
    {
        QFETCH(QString, typed);
        QFETCH(QString, inMessage);
        const Result<RemarkPart> part = RemarkPart::parse(typed);
        QVERIFY(!part);
        QCOMPARE(part.error().code, Error::Code::Invalid);
        QVERIFY2(part.error().message.contains(inMessage), qPrintable(part.error().message));
    }

    void resolvingTakesTheUidAndTextOfThePart()
    {
        const Meeting meeting = sample();
        const Result<RemarkPart> report = RemarkLocator::resolve(meeting, named(u"report 2.3"_s));
        QVERIFY(report);
        QCOMPARE(report->uid, meeting.agenda.at(1).reports.at(2).uid);
        QVERIFY(report->text.contains(meeting.agenda.at(1).reports.at(2).lead));

        const Result<RemarkPart> resolution
            = RemarkLocator::resolve(meeting, named(u"resolution 4"_s));
        QVERIFY(resolution);
        QCOMPARE(resolution->uid, meeting.resolutions.at(3).uid);
        QVERIFY(resolution->text.contains(meeting.resolutions.at(3).addressee));

        const Result<RemarkPart> agenda = RemarkLocator::resolve(meeting, named(u"agenda 1"_s));
        QVERIFY(agenda);
        QCOMPARE(agenda->uid, meeting.agenda.at(0).uid);
        QVERIFY(agenda->text.startsWith(meeting.agenda.at(0).title));

        const Result<RemarkPart> whole = RemarkLocator::resolve(meeting, named(u"meeting"_s));
        QVERIFY(whole);
        QVERIFY(whole->uid.isNull());
    }

    // "kpi 1.1.N" counts the rows of all of the report's tables in order.
    void kpiRowsAreCountedAcrossTheReportsTables()
    {
        const Meeting meeting = sample();
        const SpeakerReport& report = meeting.agenda.at(0).reports.at(0);
        QVERIFY(report.kpiTables.size() >= 2);
        const int firstTableRows = int(report.kpiTables.at(0).rows.size());
        const Result<RemarkPart> row
            = RemarkLocator::resolve(meeting, named(u"kpi 1.1.%1"_s.arg(firstTableRows + 1)));
        QVERIFY(row);
        QCOMPARE(row->uid, report.uid);
        QCOMPARE(row->text, RemarkLocator::textOf(report.kpiTables.at(1).rows.at(0)));
        QVERIFY(row->text.startsWith(report.kpiTables.at(1).rows.at(0).indicator + u" | "_s));
    }

    void aPartTheMeetingDoesNotHaveIsNotFound_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("agenda 3") << u"agenda 3"_s << u"its agenda has 2 item"_s;
        QTest::newRow("report 1.2") << u"report 1.2"_s << u"agenda item 1 has 1 report"_s;
        QTest::newRow("kpi 2.1.1") << u"kpi 2.1.1"_s << u"report 2.1 has 0 KPI row"_s;
        QTest::newRow("kpi 1.1.46") << u"kpi 1.1.46"_s << u"report 1.1 has 45 KPI row"_s;
        QTest::newRow("resolution 6") << u"resolution 6"_s << u"it has 5 resolution"_s;
        QTest::newRow("appendix 1") << u"appendix 1"_s << u"it has 0 appendix"_s;
    }

    void aPartTheMeetingDoesNotHaveIsNotFound()
    {
        QFETCH(QString, name);
        QFETCH(QString, inMessage);
        const Result<RemarkPart> part = RemarkLocator::resolve(sample(), named(name));
        QVERIFY(!part);
        QCOMPARE(part.error().code, Error::Code::NotFound);
        QVERIFY2(part.error().message.contains(u"Meeting 7 has no "_s + name),
            qPrintable(part.error().message));
        QVERIFY2(part.error().message.contains(inMessage), qPrintable(part.error().message));
    }

    // An appendix is named by its place among the meeting's appendices and
    // followed by its uid; its text is its title and body.
    void anAppendixResolvesToItsUidAndText()
    {
        const Meeting meeting = withAppendices();
        const Result<RemarkPart> second = RemarkLocator::resolve(meeting, named(u"appendix 2"_s));
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->kind, RemarkPartKind::Appendix);
        QCOMPARE(second->uid, meeting.appendices.at(1).uid);
        QCOMPARE(second->text, u"Ishchi guruh tarkibi\n- A.Karimov\n- B.Saidova"_s);
        // An empty body adds no line.
        QCOMPARE(RemarkLocator::textOf(meeting.appendices.at(2)), u"Xabarnoma"_s);

        const Result<RemarkPart> missing = RemarkLocator::resolve(meeting, named(u"appendix 4"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY2(missing.error().message.contains(u"Meeting 7 has no appendix 4: it has 3"_s),
            qPrintable(missing.error().message));
    }

    void anAppendixIsFollowedAfterEdits()
    {
        const Meeting reviewed = withAppendices();
        const Remark onFirst = write(reviewed, u"appendix 1"_s);
        const Remark onSecond = write(reviewed, u"appendix 2"_s);
        const Remark onThird = write(reviewed, u"appendix 3"_s);
        QCOMPARE(onSecond.part.uid, reviewed.appendices.at(1).uid);
        for (const Remark& remark : {onFirst, onSecond, onThird})
            QCOMPARE(RemarkLocator::locate(reviewed, remark).placement,
                RemarkLocation::Placement::Unchanged);

        // Two new documents in front move the others down; the third is
        // rewritten; the first is taken out.
        Meeting now = reviewed;
        now.appendices[2].body = u"Yigʻilish haqida aʼzolar 20-iyunda xabardor qilindi."_s;
        now.appendices.removeAt(0);
        now.appendices.insert(0, {QUuid::createUuid(), u"Davomat roʻyxati"_s, QString()});
        now.appendices.insert(0, {QUuid::createUuid(), u"Kun tartibi"_s, QString()});

        RemarkLocation location = RemarkLocator::locate(now, onSecond);
        QCOMPARE(location.placement, RemarkLocation::Placement::Moved);
        QCOMPARE(location.current.name(), u"appendix 3"_s);
        QCOMPARE(location.current.uid, onSecond.part.uid);
        QCOMPARE(location.current.text, onSecond.part.text);

        location = RemarkLocator::locate(now, onThird);
        QCOMPARE(location.placement, RemarkLocation::Placement::Changed);
        QCOMPARE(location.current.name(), u"appendix 4"_s);
        QVERIFY(location.current.text.endsWith(u"xabardor qilindi."_s));

        location = RemarkLocator::locate(now, onFirst);
        QCOMPARE(location.placement, RemarkLocation::Placement::Gone);
        QCOMPARE(location.current, onFirst.part);

        // Moved to another place with another number: moved, found by its uid.
        Meeting reordered = reviewed;
        reordered.appendices.move(0, 2);
        location = RemarkLocator::locate(reordered, onFirst);
        QCOMPARE(location.placement, RemarkLocation::Placement::Moved);
        QCOMPARE(location.current.name(), u"appendix 3"_s);
    }

    void aRemarkKeepsTheMeetingRevisionAndPart()
    {
        const Meeting meeting = sample();
        const Remark remark = write(meeting, u"report 2.1"_s);
        QVERIFY(!remark.uid.isNull());
        QCOMPARE(remark.meeting.id, 7);
        QCOMPARE(remark.meeting.number, meeting.number);
        QCOMPARE(remark.meeting.date, meeting.date);
        QCOMPARE(remark.revision, 2);
        QCOMPARE(remark.part.name(), u"report 2.1"_s);
        QCOMPARE(remark.part.uid, meeting.agenda.at(1).reports.at(0).uid);
        QCOMPARE(remark.reviewer, u"Aziz Karimov"_s);
        QCOMPARE(remark.state, RemarkState::Open);
        QVERIFY(write(meeting, u"report 2.1"_s).uid != remark.uid);
    }

    void onlyAMeetingInReviewTakesRemarks()
    {
        for (const MeetingStatus status :
            {MeetingStatus::Draft, MeetingStatus::Final, MeetingStatus::Signed}) {
            Meeting meeting = sample();
            meeting.status = status;
            const Result<Remark> remark = Remark::create(meeting, named(u"agenda 1"_s), u"x"_s,
                u"Aziz Karimov"_s, QDateTime::currentDateTimeUtc());
            QVERIFY(!remark);
            QCOMPARE(remark.error().code, Error::Code::Refused);
            QVERIFY2(
                remark.error().message.contains(
                    u"is %1: remarks are written on a protocol in review"_s.arg(enumKey(status))),
                qPrintable(remark.error().message));
        }
        const Result<Remark> empty = Remark::create(sample(), named(u"agenda 1"_s), u"  "_s,
            u"Aziz Karimov"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
    }

    void anUntouchedPartIsUnchanged()
    {
        const Meeting meeting = sample();
        for (const QString& name :
            {u"meeting"_s, u"agenda 2"_s, u"report 2.2"_s, u"kpi 1.1.7"_s, u"resolution 5"_s}) {
            const RemarkLocation location = RemarkLocator::locate(meeting, write(meeting, name));
            QCOMPARE(location.placement, RemarkLocation::Placement::Unchanged);
            QCOMPARE(location.current.name(), name);
        }
    }

    // The secretary moved resolution 5 to the top and the third report of
    // item II to the front after the member read them.
    void aPartMovedAfterReviewIsFoundUnderItsNewNumber()
    {
        const Meeting reviewed = sample();
        const Remark onResolution = write(reviewed, u"resolution 5"_s);
        const Remark onReport = write(reviewed, u"report 2.3"_s);
        const Remark onAgenda = write(reviewed, u"agenda 1"_s);

        Meeting now = reviewed;
        QVERIFY(now.moveResolution(4, 0));
        now.agenda[1].reports.move(2, 0);
        QVERIFY(now.moveAgendaItem(0, 1));
        now.revision = 3;

        RemarkLocation location = RemarkLocator::locate(now, onResolution);
        QCOMPARE(location.placement, RemarkLocation::Placement::Moved);
        QCOMPARE(location.current.name(), u"resolution 1"_s);
        QCOMPARE(location.current.text, onResolution.part.text);

        location = RemarkLocator::locate(now, onReport);
        QCOMPARE(location.placement, RemarkLocation::Placement::Moved);
        // Item II is now item I, and the report its first.
        QCOMPARE(location.current.name(), u"report 1.1"_s);

        location = RemarkLocator::locate(now, onAgenda);
        QCOMPARE(location.placement, RemarkLocation::Placement::Moved);
        QCOMPARE(location.current.name(), u"agenda 2"_s);

        // The meeting as a whole: saved since the revision read.
        QCOMPARE(RemarkLocator::locate(now, write(reviewed, u"meeting"_s)).placement,
            RemarkLocation::Placement::Changed);
    }

    void aPartWhoseTextChangedIsChanged()
    {
        const Meeting reviewed = sample();
        const Remark onResolution = write(reviewed, u"resolution 2"_s);
        const Remark onReport = write(reviewed, u"report 2.1"_s);
        Meeting now = reviewed;
        now.resolutions[1].subPoints.append(u"Yangi band."_s);
        now.agenda[1].reports[0].body += u"\n\nQoʻshimcha."_s;
        now.resolutions.move(1, 3); // changed and moved: changed, at its new place

        RemarkLocation location = RemarkLocator::locate(now, onResolution);
        QCOMPARE(location.placement, RemarkLocation::Placement::Changed);
        QCOMPARE(location.current.name(), u"resolution 4"_s);
        QVERIFY(location.current.text.endsWith(u"Yangi band."_s));
        location = RemarkLocator::locate(now, onReport);
        QCOMPARE(location.placement, RemarkLocation::Placement::Changed);
        QCOMPARE(location.current.name(), u"report 2.1"_s);

        // A follow-up note is not what was reviewed.
        Meeting followedUp = reviewed;
        followedUp.resolutions[1].statusNote = u"ishchi guruh tuzildi"_s;
        followedUp.resolutions[1].followUpStatus = FollowUpStatus::InProgress;
        QCOMPARE(RemarkLocator::locate(followedUp, onResolution).placement,
            RemarkLocation::Placement::Unchanged);
    }

    void aRemovedPartIsGone()
    {
        const Meeting reviewed = sample();
        const Remark onResolution = write(reviewed, u"resolution 3"_s);
        const Remark onReport = write(reviewed, u"report 2.2"_s);
        const Remark onRow = write(reviewed, u"kpi 1.1.45"_s);
        Meeting now = reviewed;
        now.resolutions.removeAt(2);
        now.agenda[1].reports.removeAt(1);
        now.agenda[0].reports[0].kpiTables.last().rows.removeLast();

        for (const Remark& remark : {onResolution, onReport, onRow}) {
            const RemarkLocation location = RemarkLocator::locate(now, remark);
            QCOMPARE(location.placement, RemarkLocation::Placement::Gone);
            QCOMPARE(location.current, remark.part);
        }
    }

    // A KPI row has no id: it is followed by its report and its text.
    void aKpiRowIsFollowedByItsText()
    {
        const Meeting reviewed = sample();
        const Remark onRow = write(reviewed, u"kpi 1.1.3"_s);
        Meeting now = reviewed;
        KpiTable& first = now.agenda[0].reports[0].kpiTables[0];
        first.rows.removeAt(0); // row 3 becomes row 2
        QCOMPARE(RemarkLocator::locate(now, onRow).placement, RemarkLocation::Placement::Moved);
        QCOMPARE(RemarkLocator::locate(now, onRow).current.name(), u"kpi 1.1.2"_s);

        first.rows[1].value = 123456.0; // its figure changed
        const RemarkLocation changed = RemarkLocator::locate(now, onRow);
        QCOMPARE(changed.placement, RemarkLocation::Placement::Changed);
        QCOMPARE(changed.current.name(), u"kpi 1.1.3"_s);
        QVERIFY(changed.current.text != onRow.part.text);
    }
};

QTEST_GUILESS_MAIN(TestRemarks)
#include "testremarks.moc"
