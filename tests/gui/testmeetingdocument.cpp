// MeetingDocument and its undo commands: every kind of edit undoes and redoes,
// typing merges into one step per field, a replacement stands alone, and a
// locked meeting refuses every edit but reopening.
#include "gui/editing/addremoveagendaitemcommand.h"
#include "gui/editing/addremoveattendeecommand.h"
#include "gui/editing/addremovekpirowscommand.h"
#include "gui/editing/addremovekpitablecommand.h"
#include "gui/editing/addremovereportcommand.h"
#include "gui/editing/addremoveresolutioncommand.h"
#include "gui/editing/changeagendaitemtitlecommand.h"
#include "gui/editing/changeattendeecommand.h"
#include "gui/editing/changediscussioncommand.h"
#include "gui/editing/changeheadercommand.h"
#include "gui/editing/changekpirowscommand.h"
#include "gui/editing/changekpitablecaptioncommand.h"
#include "gui/editing/changereportcommand.h"
#include "gui/editing/changeresolutioncommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/moveagendaitemcommand.h"
#include "gui/editing/moveresolutioncommand.h"
#include "interchange/meetingimporter.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestMeetingDocument : public QObject
{
    Q_OBJECT

private:
    Meeting sample()
    {
        auto meeting = MeetingImporter::sample();
        if (!meeting)
            qFatal("the sample meeting does not load");
        return *meeting;
    }

    // Undo then redo must give back exactly the states before and after.
    void checkUndoRedo(MeetingDocument& doc, const Meeting& before, const Meeting& after)
    {
        QCOMPARE(doc.meeting(), after);
        doc.undoStack()->undo();
        QCOMPARE(doc.meeting(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.meeting(), after);
    }

private slots:
    void headerTypingMergesPerField()
    {
        MeetingDocument doc(sample());
        const Meeting before = doc.meeting();
        for (const QString& text : {u"T"_s, u"To"_s, u"Tos"_s}) {
            MeetingHeader h = doc.header();
            h.place = text;
            doc.push(new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Place, h));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.meeting().place, u"Tos"_s);
        // Another field starts its own step.
        MeetingHeader h = doc.header();
        h.number = 7;
        doc.push(new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Number, h));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.meeting().number, before.number);
        doc.undoStack()->undo();
        QCOMPARE(doc.meeting(), before);
    }

    void replacementIsItsOwnStep()
    {
        MeetingDocument doc(sample());
        MeetingHeader h = doc.header();
        h.place = u"To'"_s;
        doc.push(new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Place, h));
        h.place = u"Toʻ"_s;
        doc.push(
            new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Place, h, EditKind::Single));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.meeting().place, u"To'"_s);
    }

    void typingAfterSaveStartsANewStep()
    {
        MeetingDocument doc(sample());
        MeetingHeader h = doc.header();
        h.place = u"A"_s;
        doc.push(new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Place, h));
        QSignalSpy saved(&doc, &MeetingDocument::savedChanged);
        doc.markSaved(doc.meeting());
        QVERIFY(doc.isSaved());
        h.place = u"AB"_s;
        doc.push(new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Place, h));
        QCOMPARE(doc.undoStack()->count(), 2);
        QVERIFY(!doc.isSaved());
        doc.undoStack()->undo();
        QVERIFY(doc.isSaved());
        QVERIFY(saved.count() >= 2);
    }

    void attendees()
    {
        MeetingDocument doc(sample());
        Meeting before = doc.meeting();
        Attendance guest;
        guest.person.fullName = u"Karimov Akmal"_s;
        guest.role = AttendanceRole::Invited;
        doc.push(new AddRemoveAttendeeCommand(&doc, ListAction::Add, 1, guest));
        Meeting after = before;
        after.attendance.insert(1, guest);
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        Attendance changed = doc.meeting().attendance.at(1);
        changed.presence = Presence::Excused;
        doc.push(new ChangeAttendeeCommand(&doc, 1, changed, 5));
        after = before;
        after.attendance[1] = changed;
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new AddRemoveAttendeeCommand(&doc, ListAction::Remove, 0));
        after = before;
        after.attendance.removeAt(0);
        checkUndoRedo(doc, before, after);
    }

    void agendaItemsAndTheirResolutions()
    {
        MeetingDocument doc(sample());
        const Meeting before = doc.meeting();
        const QUuid first = before.agenda.at(0).uid;
        const QList<int> linked = before.resolutionIndexesFor(first);
        doc.push(new AddRemoveAgendaItemCommand(&doc, ListAction::Remove, 0));
        QCOMPARE(doc.meeting().agenda.size(), before.agenda.size() - 1);
        for (const int r : linked)
            QVERIFY(doc.meeting().resolutions.at(r).agendaItemUid.isNull());
        doc.undoStack()->undo();
        QCOMPARE(doc.meeting(), before);

        AgendaItem item;
        item.title = u"Turli masalalar"_s;
        doc.push(
            new AddRemoveAgendaItemCommand(&doc, ListAction::Add, int(before.agenda.size()), item));
        Meeting after = before;
        after.agenda.append(item);
        checkUndoRedo(doc, before, after);
    }

    void moveAgendaItem()
    {
        MeetingDocument doc(sample());
        const Meeting before = doc.meeting();
        QSignalSpy aboutToMove(&doc, &MeetingDocument::aboutToMove);
        doc.push(new MoveAgendaItemCommand(&doc, 0, 1));
        QCOMPARE(aboutToMove.count(), 1);
        Meeting after = before;
        after.agenda.move(0, 1);
        checkUndoRedo(doc, before, after);
    }

    void titleAndDiscussion()
    {
        MeetingDocument doc(sample());
        const Meeting before = doc.meeting();
        const QUuid uid = before.agenda.at(1).uid;
        doc.push(new ChangeAgendaItemTitleCommand(&doc, uid, u"Yangi"_s));
        doc.push(new ChangeAgendaItemTitleCommand(&doc, uid, u"Yangi nom"_s));
        QCOMPARE(doc.undoStack()->count(), 1);
        Meeting after = before;
        after.agenda[1].title = u"Yangi nom"_s;
        checkUndoRedo(doc, before, after);

        const Meeting beforeDiscussion = doc.meeting();
        Discussion discussion = doc.meeting().agenda.at(1).discussion;
        discussion.summary = u"Fikrlar bildirildi."_s;
        doc.push(new ChangeDiscussionCommand(
            &doc, uid, discussion, ChangeDiscussionCommand::Field::Summary));
        after = beforeDiscussion;
        after.agenda[1].discussion = discussion;
        checkUndoRedo(doc, beforeDiscussion, after);
    }

    void reports()
    {
        MeetingDocument doc(sample());
        Meeting before = doc.meeting();
        const QUuid item = before.agenda.at(1).uid;
        SpeakerReport report;
        report.speaker.shortName = u"A.Karimov"_s;
        doc.push(new AddRemoveReportCommand(&doc, ListAction::Add, item, 0, report));
        Meeting after = before;
        after.agenda[1].reports.insert(0, report);
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        SpeakerReport text = *doc.report(report.uid);
        text.body = u"## BOʻLIM:\n\n- birinchi;\n- ikkinchi."_s;
        doc.push(new ChangeReportCommand(&doc, report.uid, text, ChangeReportCommand::Field::Body));
        after = before;
        after.agenda[1].reports[0].body = text.body;
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new AddRemoveReportCommand(&doc, ListAction::Remove, item, 0));
        after = before;
        after.agenda[1].reports.removeAt(0);
        checkUndoRedo(doc, before, after);
    }

    void kpiTablesAndRows()
    {
        MeetingDocument doc(sample());
        const QUuid report = doc.meeting().agenda.at(0).reports.at(0).uid;
        Meeting before = doc.meeting();
        KpiTable table;
        table.caption = u"Yangi jadval"_s;
        doc.push(new AddRemoveKpiTableCommand(&doc, ListAction::Add, report, 0, table));
        Meeting after = before;
        after.agenda[0].reports[0].kpiTables.insert(0, table);
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new ChangeKpiTableCaptionCommand(&doc, report, 0, u"Boshqa nom"_s));
        after = before;
        after.agenda[0].reports[0].kpiTables[0].caption = u"Boshqa nom"_s;
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        KpiRow row;
        row.indicator = u"Xodimlar soni"_s;
        row.value = 92000;
        doc.push(new AddRemoveKpiRowsCommand(&doc, ListAction::Add, report, 0, 0, {row, row}));
        after = before;
        after.agenda[0].reports[0].kpiTables[0].rows = {row, row};
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        KpiRow changed = row;
        changed.change = {ChangeKind::Factor, 1.4};
        doc.push(new ChangeKpiRowsCommand(&doc, report, 0, 1, {changed}));
        after = before;
        after.agenda[0].reports[0].kpiTables[0].rows[1] = changed;
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new AddRemoveKpiRowsCommand(&doc, ListAction::Remove, report, 0, 0, {}, 2));
        after = before;
        after.agenda[0].reports[0].kpiTables[0].rows.clear();
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new AddRemoveKpiTableCommand(&doc, ListAction::Remove, report, 0));
        after = before;
        after.agenda[0].reports[0].kpiTables.removeAt(0);
        checkUndoRedo(doc, before, after);
    }

    void resolutions()
    {
        MeetingDocument doc(sample());
        Meeting before = doc.meeting();
        Resolution resolution;
        resolution.text = u"Maʼlumot uchun qabul qilinsin."_s;
        doc.push(new AddRemoveResolutionCommand(&doc, ListAction::Add, 0, resolution));
        Meeting after = before;
        after.resolutions.insert(0, resolution);
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new MoveResolutionCommand(&doc, 0, 2));
        after = before;
        after.resolutions.move(0, 2);
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        Resolution changed = doc.meeting().resolutions.at(2);
        changed.deadline = Deadline::on(QDate(2025, 12, 31));
        doc.push(new ChangeResolutionCommand(&doc, changed.uid, changed,
            ChangeResolutionCommand::Field::Deadline, EditKind::Single));
        after = before;
        after.resolutions[2] = changed;
        checkUndoRedo(doc, before, after);

        before = doc.meeting();
        doc.push(new AddRemoveResolutionCommand(&doc, ListAction::Remove, 2));
        after = before;
        after.resolutions.removeAt(2);
        checkUndoRedo(doc, before, after);
    }

    void lockedMeetingRefusesEveryEdit()
    {
        Meeting signedMeeting = sample();
        signedMeeting.status = MeetingStatus::Signed;
        MeetingDocument doc(signedMeeting);
        QVERIFY(doc.isReadOnly());
        QVERIFY(!doc.push(
            new ChangeAgendaItemTitleCommand(&doc, signedMeeting.agenda.at(0).uid, u"X"_s)));
        QVERIFY(!doc.push(new AddRemoveResolutionCommand(&doc, ListAction::Remove, 0)));
        MeetingHeader h = doc.header();
        h.place = u"Boshqa joy"_s;
        QVERIFY(!doc.push(new ChangeHeaderCommand(&doc, ChangeHeaderCommand::Field::Place, h)));
        QCOMPARE(doc.meeting(), signedMeeting);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.isSaved());
    }

    void validationFollowsEdits()
    {
        MeetingDocument doc(sample());
        QVERIFY(doc.issue(u"agenda 1"_s, u"title"_s).isEmpty());
        doc.push(new ChangeAgendaItemTitleCommand(&doc, doc.meeting().agenda.at(0).uid, QString()));
        QVERIFY(!doc.issue(u"agenda 1"_s, u"title"_s).isEmpty());
        doc.undoStack()->undo();
        QVERIFY(doc.issue(u"agenda 1"_s, u"title"_s).isEmpty());
    }
};

QTEST_MAIN(TestMeetingDocument)
#include "testmeetingdocument.moc"
