<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AddRemoveAgendaItemCommand</name>
    <message>
        <source>Remove agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRemoveAttendeeCommand</name>
    <message>
        <source>Remove attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRemoveKpiRowsCommand</name>
    <message>
        <source>Remove KPI rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRemoveKpiTableCommand</name>
    <message>
        <source>Remove KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRemoveReportCommand</name>
    <message>
        <source>Remove report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRemoveResolutionCommand</name>
    <message>
        <source>Remove resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::AgendaModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::AttendanceModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::FindDialog</name>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::KpiTableModel</name>
    <message>
        <source>“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste KPI rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::MainWindow</name>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayon meetings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayon cannot open the database
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayon databases (*.sqlite *.bayon *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name for the new database that is not taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was changed elsewhere after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed elsewhere. You will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the copy; the original stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Minutes of council meetings in Uzbek: drafted, stored, searched and printed, offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be saved%1.

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::MeetingEditor</name>
    <message>
        <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is %1. Reopening it turns it back into a draft that can be changed, and the protocol will have to be finalised and signed again.

Reopen it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::MeetingListModel</name>
    <message>
        <source>Without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 of %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::MeetingPage</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was added to the meeting but not to the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::MeetingSession</name>
    <message>
        <source>The meeting was changed elsewhere; choose what to do first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::PreferencesDialog</name>
    <message>
        <source>A new interface language is applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::PreviewWidget</name>
    <message>
        <source>Preview of the printed protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::ReportEditor</name>
    <message>
        <source>Printed as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that could not be read: %1. They are marked red; point at one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::ReportListModel</name>
    <message>
        <source>(no speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::ResolutionModel</name>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::ResolutionsPage</name>
    <message>
        <source>(the meeting as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instruction or a recommendation needs someone responsible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bayon::SearchResultModel</name>
    <message>
        <source>Agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI row %1.%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAgendaItemTitleCommand</name>
    <message>
        <source>Change agenda item title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAttendeeCommand</name>
    <message>
        <source>Change attendee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDiscussionCommand</name>
    <message>
        <source>Change discussion participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change discussion summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHeaderCommand</name>
    <message>
        <source>Change council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change secretary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeKpiRowsCommand</name>
    <message>
        <source>Edit KPI table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeKpiTableCaptionCommand</name>
    <message>
        <source>Change table caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeReportCommand</name>
    <message>
        <source>Change speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lead sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change report text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeResolutionCommand</name>
    <message>
        <source>Change resolution text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sub-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change resolution kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change responsible persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change follow-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change agenda item of resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The meeting was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been overwritten. Choose which version to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the meeting as it was saved elsewhere. Your changes since your last save are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over the other one. Their changes are replaced by yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine as a &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both: theirs stays as it is, yours is saved as a new meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumNames</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find in all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from any meeting: oʻsish, IT-Park, Abdullayev…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, date or words of the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft with the council, chair, secretary and members of the latest meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this meeting as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this meeting from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data&amp;base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting from an interchange JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in all meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the meetings on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen for editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a final or signed meeting back into a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show meetings &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bayon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Reopen for editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting on the left, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Meeting and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Agenda and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secre&amp;tary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: the directory completes it, a new name is added to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingValidator</name>
    <message>
        <source>The meeting needs the name of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs its speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI row needs the name of its indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI row needs a value or a change, written as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A growth factor must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must be a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution refers to an agenda item that is no longer on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveAgendaItemCommand</name>
    <message>
        <source>Move agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveResolutionCommand</name>
    <message>
        <source>Move resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written beside the changes you make to a meeting&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace apostrophes while typing (o&apos; → oʻ, g&apos; → gʻ, ta&apos;lim → taʼlim)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O.Pekso, or the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current block a paragraph (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current block a section heading (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current block a bullet (Ctrl+Shift+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row after the current one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste tab-separated rows at the current cell (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionsPage</name>
    <message>
        <source>Reso&amp;lutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the resolution up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the resolution down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;b-points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sub-point a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Minutes of council meetings in Uzbek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting at this part (&quot;agenda 1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database to open, or a meeting (.json) to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
