<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddRemoveAgendaItemCommand</name>
        <message>
            <source>Remove agenda item</source>
            <translation>Remove agenda item</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Add agenda item</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveAttendeeCommand</name>
        <message>
            <source>Remove attendee</source>
            <translation>Remove attendee</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>Add attendee</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiRowsCommand</name>
        <message>
            <source>Remove KPI rows</source>
            <translation>Remove KPI rows</translation>
        </message>
        <message>
            <source>Add KPI rows</source>
            <translation>Add KPI rows</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiTableCommand</name>
        <message>
            <source>Remove KPI table</source>
            <translation>Remove KPI table</translation>
        </message>
        <message>
            <source>Add KPI table</source>
            <translation>Add KPI table</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveReportCommand</name>
        <message>
            <source>Remove report</source>
            <translation>Remove report</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Add report</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveResolutionCommand</name>
        <message>
            <source>Remove resolution</source>
            <translation>Remove resolution</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Add resolution</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>A&amp;genda:</source>
            <translation>A&amp;genda:</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move the item up (Alt+Up)</source>
            <translation>Move the item up (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the item down (Alt+Down)</source>
            <translation>Move the item down (Alt+Down)</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Add report</translation>
        </message>
        <message>
            <source>Remove report</source>
            <translation>Remove report</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Pa&amp;rticipants:</source>
            <translation>Pa&amp;rticipants:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Printed names, separated by commas</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Su&amp;mmary:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add an agenda item after the selected one (Insert)</source>
            <translation>Add an agenda item after the selected one (Insert)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected agenda item (Ctrl+Delete)</source>
            <translation>Remove the selected agenda item (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttendanceModel</name>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>As printed</source>
            <translation>As printed</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Presence</source>
            <translation>Presence</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>Bayon::FindDialog</name>
        <message>
            <source>Nothing found.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>Places found: %1</source>
            <translation>Places found: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::KpiTableModel</name>
        <message>
            <source>“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.</source>
            <translation>“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.</translation>
        </message>
        <message>
            <source>“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).</source>
            <translation>“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Paste KPI rows</source>
            <translation>Paste KPI rows</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MainWindow</name>
        <message>
            <source>Pages: %1</source>
            <translation>Pages: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Import a meeting</source>
            <translation>Import a meeting</translation>
        </message>
        <message>
            <source>Bayon meetings (*.json)</source>
            <translation>Bayon meetings (*.json)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not written</source>
            <translation>The PDF was not written</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>The database cannot be opened</translation>
        </message>
        <message>
            <source>Bayon cannot open the database
%1

%2</source>
            <translation>Bayon cannot open the database
%1

%2</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Choose another…</translation>
        </message>
        <message>
            <source>Create a new one…</source>
            <translation>Create a new one…</translation>
        </message>
        <message>
            <source>Bayon databases (*.sqlite *.bayon *.db);;All files (*)</source>
            <translation>Bayon databases (*.sqlite *.bayon *.db);;All files (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>The file exists</source>
            <translation>The file exists</translation>
        </message>
        <message>
            <source>Choose a name for the new database that is not taken yet.</source>
            <translation>Choose a name for the new database that is not taken yet.</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>The meetings cannot be listed</translation>
        </message>
        <message>
            <source>The meeting cannot be opened</source>
            <translation>The meeting cannot be opened</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>This meeting was changed elsewhere after you opened it.</source>
            <translation>This meeting was changed elsewhere after you opened it.</translation>
        </message>
        <message>
            <source>Not saved: the meeting was changed elsewhere. You will be asked again.</source>
            <translation>Not saved: the meeting was changed elsewhere. You will be asked again.</translation>
        </message>
        <message>
            <source>The meeting was not saved</source>
            <translation>The meeting was not saved</translation>
        </message>
        <message>
            <source>The meeting was not created</source>
            <translation>The meeting was not created</translation>
        </message>
        <message>
            <source>The meeting was not duplicated</source>
            <translation>The meeting was not duplicated</translation>
        </message>
        <message>
            <source>This is the copy; the original stays as it was.</source>
            <translation>This is the copy; the original stays as it was.</translation>
        </message>
        <message>
            <source>Delete the meeting</source>
            <translation>Delete the meeting</translation>
        </message>
        <message>
            <source>Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.</source>
            <translation>Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.</translation>
        </message>
        <message>
            <source>The meeting was not deleted</source>
            <translation>The meeting was not deleted</translation>
        </message>
        <message>
            <source>The meeting was not imported</source>
            <translation>The meeting was not imported</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>No meeting is open.</translation>
        </message>
        <message>
            <source>The protocol cannot be printed</source>
            <translation>The protocol cannot be printed</translation>
        </message>
        <message>
            <source>The protocol was not printed</source>
            <translation>The protocol was not printed</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>About Bayon</source>
            <translation>About Bayon</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Minutes of council meetings in Uzbek: drafted, stored, searched and printed, offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU and SQLite.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Minutes of council meetings in Uzbek: drafted, stored, searched and printed, offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU and SQLite.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not saved: changed elsewhere</source>
            <translation>not saved: changed elsewhere</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>saved</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>not saved yet</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>The meeting is not saved</source>
            <translation>The meeting is not saved</translation>
        </message>
        <message>
            <source>The last changes could not be saved%1.

Close anyway and lose them?</source>
            <translation>The last changes could not be saved%1.

Close anyway and lose them?</translation>
        </message>
        <message>
            <source>The status cannot change so</source>
            <translation>The status cannot change so</translation>
        </message>
        <message>
            <source>Lock the protocol</source>
            <translation>Lock the protocol</translation>
        </message>
        <message>
            <source>A %1 meeting is read-only: its protocol cannot be changed until it is reopened.

Set the status to %1?</source>
            <translation>A %1 meeting is read-only: its protocol cannot be changed until it is reopened.

Set the status to %1?</translation>
        </message>
        <message>
            <source>The status was not changed</source>
            <translation>The status was not changed</translation>
        </message>
        <message>
            <source>This meeting is %1. Reopening it turns it back into a draft that can be changed, and the protocol will have to be finalised and signed again.</source>
            <translation>This meeting is %1. Reopening it turns it back into a draft that can be changed, and the protocol will have to be finalised and signed again.</translation>
        </message>
        <message>
            <source>The meeting was not reopened</source>
            <translation>The meeting was not reopened</translation>
        </message>
        <message>
            <source>Reopened: the meeting is a draft again.</source>
            <translation>Reopened: the meeting is a draft again.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingListModel</name>
        <message>
            <source>Without a date</source>
            <translation>Without a date</translation>
        </message>
        <message>
            <source>(untitled meeting)</source>
            <translation>(untitled meeting)</translation>
        </message>
        <message>
            <source>Meeting %1 of %2: %3, %4</source>
            <translation>Meeting %1 of %2: %3, %4</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingPage</name>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>The person was added to the meeting but not to the directory: %1</source>
            <translation>The person was added to the meeting but not to the directory: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>The meeting was changed elsewhere; choose what to do first.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreferencesDialog</name>
        <message>
            <source>A new interface language is applied at once.</source>
            <translation>A new interface language is applied at once.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreviewWidget</name>
        <message>
            <source>Preview of the printed protocol</source>
            <translation>Preview of the printed protocol</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReopenDialog</name>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportEditor</name>
        <message>
            <source>Printed as: %1</source>
            <translation>Printed as: %1</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(no caption)</translation>
        </message>
        <message>
            <source>Cells that could not be read: %1. They are marked red; point at one to see why.</source>
            <translation>Cells that could not be read: %1. They are marked red; point at one to see why.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportListModel</name>
        <message>
            <source>(no speaker)</source>
            <translation>(no speaker)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionModel</name>
        <message>
            <source>(no text)</source>
            <translation>(no text)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Addressee</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionsPage</name>
        <message>
            <source>(the meeting as a whole)</source>
            <translation>(the meeting as a whole)</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>Resolution %1</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>An instruction or a recommendation needs someone responsible.</source>
            <translation>An instruction or a recommendation needs someone responsible.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SearchResultModel</name>
        <message>
            <source>Agenda item %1</source>
            <translation>Agenda item %1</translation>
        </message>
        <message>
            <source>Report %1.%2</source>
            <translation>Report %1.%2</translation>
        </message>
        <message>
            <source>KPI row %1.%2.%3</source>
            <translation>KPI row %1.%2.%3</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>Resolution %1</translation>
        </message>
        <message>
            <source>Attendance %1</source>
            <translation>Attendance %1</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>№ %1 of %2</source>
            <translation>№ %1 of %2</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
    </context>
    <context>
        <name>ChangeAgendaItemTitleCommand</name>
        <message>
            <source>Change agenda item title</source>
            <translation>Change agenda item title</translation>
        </message>
    </context>
    <context>
        <name>ChangeAttendeeCommand</name>
        <message>
            <source>Change attendee</source>
            <translation>Change attendee</translation>
        </message>
    </context>
    <context>
        <name>ChangeDiscussionCommand</name>
        <message>
            <source>Change discussion participants</source>
            <translation>Change discussion participants</translation>
        </message>
        <message>
            <source>Change discussion summary</source>
            <translation>Change discussion summary</translation>
        </message>
    </context>
    <context>
        <name>ChangeHeaderCommand</name>
        <message>
            <source>Change council</source>
            <translation>Change council</translation>
        </message>
        <message>
            <source>Change number</source>
            <translation>Change number</translation>
        </message>
        <message>
            <source>Change date</source>
            <translation>Change date</translation>
        </message>
        <message>
            <source>Change time</source>
            <translation>Change time</translation>
        </message>
        <message>
            <source>Change place</source>
            <translation>Change place</translation>
        </message>
        <message>
            <source>Change form</source>
            <translation>Change form</translation>
        </message>
        <message>
            <source>Change chair</source>
            <translation>Change chair</translation>
        </message>
        <message>
            <source>Change secretary</source>
            <translation>Change secretary</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiRowsCommand</name>
        <message>
            <source>Edit KPI table</source>
            <translation>Edit KPI table</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiTableCaptionCommand</name>
        <message>
            <source>Change table caption</source>
            <translation>Change table caption</translation>
        </message>
    </context>
    <context>
        <name>ChangeReportCommand</name>
        <message>
            <source>Change speaker</source>
            <translation>Change speaker</translation>
        </message>
        <message>
            <source>Change lead sentence</source>
            <translation>Change lead sentence</translation>
        </message>
        <message>
            <source>Change report text</source>
            <translation>Change report text</translation>
        </message>
    </context>
    <context>
        <name>ChangeResolutionCommand</name>
        <message>
            <source>Change resolution text</source>
            <translation>Change resolution text</translation>
        </message>
        <message>
            <source>Change sub-points</source>
            <translation>Change sub-points</translation>
        </message>
        <message>
            <source>Change resolution kind</source>
            <translation>Change resolution kind</translation>
        </message>
        <message>
            <source>Change addressee</source>
            <translation>Change addressee</translation>
        </message>
        <message>
            <source>Change responsible persons</source>
            <translation>Change responsible persons</translation>
        </message>
        <message>
            <source>Change deadline</source>
            <translation>Change deadline</translation>
        </message>
        <message>
            <source>Change follow-up status</source>
            <translation>Change follow-up status</translation>
        </message>
        <message>
            <source>Change status note</source>
            <translation>Change status note</translation>
        </message>
        <message>
            <source>Change agenda item of resolution</source>
            <translation>Change agenda item of resolution</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>The meeting was changed elsewhere</source>
            <translation>The meeting was changed elsewhere</translation>
        </message>
        <message>
            <source>Nothing has been overwritten. Choose which version to keep:</source>
            <translation>Nothing has been overwritten. Choose which version to keep:</translation>
        </message>
        <message>
            <source>&amp;Reload theirs</source>
            <translation>&amp;Reload theirs</translation>
        </message>
        <message>
            <source>Show the meeting as it was saved elsewhere. Your changes since your last save are dropped.</source>
            <translation>Show the meeting as it was saved elsewhere. Your changes since your last save are dropped.</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>Save your version over the other one. Their changes are replaced by yours.</source>
            <translation>Save your version over the other one. Their changes are replaced by yours.</translation>
        </message>
        <message>
            <source>Save mine as a &amp;copy</source>
            <translation>Save mine as a &amp;copy</translation>
        </message>
        <message>
            <source>Keep both: theirs stays as it is, yours is saved as a new meeting.</source>
            <translation>Keep both: theirs stays as it is, yours is saved as a new meeting.</translation>
        </message>
    </context>
    <context>
        <name>EnumNames</name>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Written poll</source>
            <translation>Written poll</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excused</translation>
        </message>
        <message>
            <source>Take note</source>
            <translation>Take note</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Recommend</translation>
        </message>
        <message>
            <source>Instruct</source>
            <translation>Instruct</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>No deadline</translation>
        </message>
        <message>
            <source>By a date</source>
            <translation>By a date</translation>
        </message>
        <message>
            <source>By the next meeting</source>
            <translation>By the next meeting</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <source>Find in all meetings</source>
            <translation>Find in all meetings</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <source>Words from any meeting: oʻsish, IT-Park, Abdullayev…</source>
            <translation>Words from any meeting: oʻsish, IT-Park, Abdullayev…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filte&amp;r:</source>
            <translation>Filte&amp;r:</translation>
        </message>
        <message>
            <source>Number, date or words of the title</source>
            <translation>Number, date or words of the title</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>&amp;Recent databases</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;New meeting</translation>
        </message>
        <message>
            <source>A new draft with the council, chair, secretary and members of the latest meeting</source>
            <translation>A new draft with the council, chair, secretary and members of the latest meeting</translation>
        </message>
        <message>
            <source>&amp;Duplicate meeting</source>
            <translation>&amp;Duplicate meeting</translation>
        </message>
        <message>
            <source>A copy of this meeting as a new draft</source>
            <translation>A copy of this meeting as a new draft</translation>
        </message>
        <message>
            <source>De&amp;lete meeting…</source>
            <translation>De&amp;lete meeting…</translation>
        </message>
        <message>
            <source>Delete this meeting from the database</source>
            <translation>Delete this meeting from the database</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>New data&amp;base…</translation>
        </message>
        <message>
            <source>&amp;Import meeting…</source>
            <translation>&amp;Import meeting…</translation>
        </message>
        <message>
            <source>Add a meeting from an interchange JSON file</source>
            <translation>Add a meeting from an interchange JSON file</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Export PDF…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Find in all meetings…</source>
            <translation>&amp;Find in all meetings…</translation>
        </message>
        <message>
            <source>Filter the &amp;list</source>
            <translation>Filter the &amp;list</translation>
        </message>
        <message>
            <source>Type to filter the meetings on the left</source>
            <translation>Type to filter the meetings on the left</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Pr&amp;eferences…</translation>
        </message>
        <message>
            <source>&amp;Reopen for editing…</source>
            <translation>&amp;Reopen for editing…</translation>
        </message>
        <message>
            <source>Turn a final or signed meeting back into a draft</source>
            <translation>Turn a final or signed meeting back into a draft</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>Show &amp;preview</translation>
        </message>
        <message>
            <source>Show meetings &amp;list</source>
            <translation>Show meetings &amp;list</translation>
        </message>
        <message>
            <source>&amp;About Bayon</source>
            <translation>&amp;About Bayon</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Reopen for editing…</source>
            <translation>Reopen for editing…</translation>
        </message>
        <message>
            <source>Choose a meeting on the left, or create one with Ctrl+N.</source>
            <translation>Choose a meeting on the left, or create one with Ctrl+N.</translation>
        </message>
        <message>
            <source>&amp;1 Meeting and attendance</source>
            <translation>&amp;1 Meeting and attendance</translation>
        </message>
        <message>
            <source>&amp;2 Agenda and reports</source>
            <translation>&amp;2 Agenda and reports</translation>
        </message>
        <message>
            <source>&amp;3 Resolutions</source>
            <translation>&amp;3 Resolutions</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Council:</translation>
        </message>
        <message>
            <source>The council's full name</source>
            <translation>The council's full name</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>N&amp;umber:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>C&amp;hair:</source>
            <translation>C&amp;hair:</translation>
        </message>
        <message>
            <source>Secre&amp;tary:</source>
            <translation>Secre&amp;tary:</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Add &amp;person:</source>
            <translation>Add &amp;person:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it, a new name is added to it</source>
            <translation>Type a name: the directory completes it, a new name is added to it</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
    </context>
    <context>
        <name>MeetingValidator</name>
        <message>
            <source>The meeting needs the name of the council.</source>
            <translation>The meeting needs the name of the council.</translation>
        </message>
        <message>
            <source>The meeting needs a date.</source>
            <translation>The meeting needs a date.</translation>
        </message>
        <message>
            <source>The protocol number cannot be negative.</source>
            <translation>The protocol number cannot be negative.</translation>
        </message>
        <message>
            <source>Every attendee needs a name.</source>
            <translation>Every attendee needs a name.</translation>
        </message>
        <message>
            <source>Every agenda item needs a title.</source>
            <translation>Every agenda item needs a title.</translation>
        </message>
        <message>
            <source>A report needs its speaker.</source>
            <translation>A report needs its speaker.</translation>
        </message>
        <message>
            <source>A KPI row needs the name of its indicator.</source>
            <translation>A KPI row needs the name of its indicator.</translation>
        </message>
        <message>
            <source>A KPI row needs a value or a change, written as a number.</source>
            <translation>A KPI row needs a value or a change, written as a number.</translation>
        </message>
        <message>
            <source>A growth factor must be greater than zero.</source>
            <translation>A growth factor must be greater than zero.</translation>
        </message>
        <message>
            <source>A resolution needs its text.</source>
            <translation>A resolution needs its text.</translation>
        </message>
        <message>
            <source>The deadline must be a real date.</source>
            <translation>The deadline must be a real date.</translation>
        </message>
        <message>
            <source>The resolution refers to an agenda item that is no longer on the agenda.</source>
            <translation>The resolution refers to an agenda item that is no longer on the agenda.</translation>
        </message>
    </context>
    <context>
        <name>MoveAgendaItemCommand</name>
        <message>
            <source>Move agenda item</source>
            <translation>Move agenda item</translation>
        </message>
    </context>
    <context>
        <name>MoveResolutionCommand</name>
        <message>
            <source>Move resolution</source>
            <translation>Move resolution</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Written beside the changes you make to a meeting's status</source>
            <translation>Written beside the changes you make to a meeting's status</translation>
        </message>
        <message>
            <source>&amp;Replace apostrophes while typing (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</source>
            <translation>&amp;Replace apostrophes while typing (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen the meeting</source>
            <translation>Reopen the meeting</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the meeting's history):</source>
            <translation>&amp;Reason (kept in the meeting's history):</translation>
        </message>
        <message>
            <source>What must be corrected, and at whose request</source>
            <translation>What must be corrected, and at whose request</translation>
        </message>
    </context>
    <context>
        <name>ReportEditor</name>
        <message>
            <source>&amp;Speaker:</source>
            <translation>&amp;Speaker:</translation>
        </message>
        <message>
            <source>O.Pekso, or the full name</source>
            <translation>O.Pekso, or the full name</translation>
        </message>
        <message>
            <source>&amp;Lead sentence:</source>
            <translation>&amp;Lead sentence:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Make the current block a paragraph (Ctrl+0)</source>
            <translation>Make the current block a paragraph (Ctrl+0)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Heading</translation>
        </message>
        <message>
            <source>Make the current block a section heading (Ctrl+2)</source>
            <translation>Make the current block a section heading (Ctrl+2)</translation>
        </message>
        <message>
            <source>Bullet list</source>
            <translation>Bullet list</translation>
        </message>
        <message>
            <source>Make the current block a bullet (Ctrl+Shift+8)</source>
            <translation>Make the current block a bullet (Ctrl+Shift+8)</translation>
        </message>
        <message>
            <source>Report body</source>
            <translation>Report body</translation>
        </message>
        <message>
            <source>KPI tables</source>
            <translation>KPI tables</translation>
        </message>
        <message>
            <source>T&amp;able:</source>
            <translation>T&amp;able:</translation>
        </message>
        <message>
            <source>New table</source>
            <translation>New table</translation>
        </message>
        <message>
            <source>Remove table</source>
            <translation>Remove table</translation>
        </message>
        <message>
            <source>Ca&amp;ption:</source>
            <translation>Ca&amp;ption:</translation>
        </message>
        <message>
            <source>KPI table</source>
            <translation>KPI table</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Add a row after the current one (Insert)</source>
            <translation>Add a row after the current one (Insert)</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Remove rows</translation>
        </message>
        <message>
            <source>Remove the selected rows (Ctrl+Delete)</source>
            <translation>Remove the selected rows (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation>Paste from spreadsheet</translation>
        </message>
        <message>
            <source>Paste tab-separated rows at the current cell (Ctrl+V)</source>
            <translation>Paste tab-separated rows at the current cell (Ctrl+V)</translation>
        </message>
    </context>
    <context>
        <name>ResolutionsPage</name>
        <message>
            <source>Reso&amp;lutions:</source>
            <translation>Reso&amp;lutions:</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Resolutions</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Add resolution</translation>
        </message>
        <message>
            <source>Remove resolution</source>
            <translation>Remove resolution</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move the resolution up (Alt+Up)</source>
            <translation>Move the resolution up (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the resolution down (Alt+Down)</source>
            <translation>Move the resolution down (Alt+Down)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Su&amp;b-points:</source>
            <translation>Su&amp;b-points:</translation>
        </message>
        <message>
            <source>One sub-point a line</source>
            <translation>One sub-point a line</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Agenda &amp;item:</source>
            <translation>Agenda &amp;item:</translation>
        </message>
        <message>
            <source>A&amp;ddressee:</source>
            <translation>A&amp;ddressee:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Responsible:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Printed names, separated by commas</translation>
        </message>
        <message>
            <source>Dead&amp;line:</source>
            <translation>Dead&amp;line:</translation>
        </message>
        <message>
            <source>Deadline date</source>
            <translation>Deadline date</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Follow-up:</translation>
        </message>
        <message>
            <source>Status &amp;note:</source>
            <translation>Status &amp;note:</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Minutes of council meetings in Uzbek.</source>
            <translation>Minutes of council meetings in Uzbek.</translation>
        </message>
        <message>
            <source>The database to open (created when missing).</source>
            <translation>The database to open (created when missing).</translation>
        </message>
        <message>
            <source>Save a picture of the window and quit.</source>
            <translation>Save a picture of the window and quit.</translation>
        </message>
        <message>
            <source>Open the meeting at this part ("agenda 1").</source>
            <translation>Open the meeting at this part ("agenda 1").</translation>
        </message>
        <message>
            <source>A database to open, or a meeting (.json) to import.</source>
            <translation>A database to open, or a meeting (.json) to import.</translation>
        </message>
    </context>
</TS>
