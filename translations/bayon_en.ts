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
        <name>AddRemoveAppendixCommand</name>
        <message>
            <source>Remove appendix</source>
            <translation>Remove appendix</translation>
        </message>
        <message>
            <source>Add appendix</source>
            <translation>Add appendix</translation>
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
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>The vote on the item as a whole, when the members vote on the question rather than on each resolution.</source>
            <translation>The vote on the item as a whole, when the members vote on the question rather than on each resolution.</translation>
        </message>
    </context>
    <context>
        <name>AppendicesPage</name>
        <message>
            <source>&amp;Documents attached to the protocol:</source>
            <translation>&amp;Documents attached to the protocol:</translation>
        </message>
        <message>
            <source>Appendices</source>
            <translation>Appendices</translation>
        </message>
        <message>
            <source>The k-th "(ilova qilinadi)" in the text refers to the k-th document; each prints after the signatures under the number shown</source>
            <translation>The k-th "(ilova qilinadi)" in the text refers to the k-th document; each prints after the signatures under the number shown</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Appendices check</source>
            <translation>Appendices check</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>The document's title, printed under its number</source>
            <translation>The document's title, printed under its number</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Paragraphs; "## " starts a heading, "- " a bullet</source>
            <translation>Paragraphs; "## " starts a heading, "- " a bullet</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source>Files attached to the meeting</source>
            <translation>Files attached to the meeting</translation>
        </message>
        <message>
            <source>&amp;Files kept with the meeting (the SHA-256 proves the bytes are those attached):</source>
            <translation>&amp;Files kept with the meeting (the SHA-256 proves the bytes are those attached):</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>&amp;Attach file…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open a copy of the file with the system's viewer</source>
            <translation>Open a copy of the file with the system's viewer</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Remove…</translation>
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
        <name>Bayon::AppendicesPage</name>
        <message>
            <source>%1-ilova — %2</source>
            <translation>%1-ilova — %2</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttachmentListModel</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>JPEG image</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Attached by %1</source>
            <translation>Attached by %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>Attached</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttachmentsDialog</name>
        <message>
            <source>Files of meeting № %1 of %2</source>
            <translation>Files of meeting № %1 of %2</translation>
        </message>
        <message>
            <source>This meeting is %1: files can be attached to it, but not removed until it is reopened.</source>
            <translation>This meeting is %1: files can be attached to it, but not removed until it is reopened.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>No temporary folder: %1</source>
            <translation>No temporary folder: %1</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>The file was not attached</translation>
        </message>
        <message>
            <source>The file was not opened</source>
            <translation>The file was not opened</translation>
        </message>
        <message>
            <source>The stored bytes of %1 no longer have the SHA-256 they were attached with.</source>
            <translation>The stored bytes of %1 no longer have the SHA-256 they were attached with.</translation>
        </message>
        <message>
            <source>No program to show %1 was found. A copy is in %2.</source>
            <translation>No program to show %1 was found. A copy is in %2.</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>Remove the file</translation>
        </message>
        <message>
            <source>Remove %1 from the meeting? Its bytes are deleted from the database; the history keeps a line saying so.</source>
            <translation>Remove %1 from the meeting? Its bytes are deleted from the database; the history keeps a line saying so.</translation>
        </message>
        <message>
            <source>The file was not removed</source>
            <translation>The file was not removed</translation>
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
        <name>Bayon::AuditLogModel</name>
        <message>
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Revision restored</source>
            <translation>Revision restored</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>File attached</translation>
        </message>
        <message>
            <source>File removed</source>
            <translation>File removed</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Control hash stored: %1</source>
            <translation>Control hash stored: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Note or reason</source>
            <translation>Note or reason</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilMemberModel</name>
        <message>
            <source>A member needs a name.</source>
            <translation>A member needs a name.</translation>
        </message>
        <message>
            <source>The term of %1 ends before it begins.</source>
            <translation>The term of %1 ends before it begins.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy; empty: no limit</source>
            <translation>dd.mm.yyyy; empty: no limit</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Printed as</source>
            <translation>Printed as</translation>
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
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Council settings</translation>
        </message>
        <message>
            <source>Store the body; its draft meetings take the template at once, final and signed ones keep theirs</source>
            <translation>Store the body; its draft meetings take the template at once, final and signed ones keep theirs</translation>
        </message>
        <message>
            <source>New body</source>
            <translation>New body</translation>
        </message>
        <message>
            <source>The body cannot be shown</source>
            <translation>The body cannot be shown</translation>
        </message>
        <message>
            <source>The body needs its full name, as the protocol's header prints it.</source>
            <translation>The body needs its full name, as the protocol's header prints it.</translation>
        </message>
        <message>
            <source>The attendee-list threshold must be at least 1. To name every attendee in the text, untick the box instead.</source>
            <translation>The attendee-list threshold must be at least 1. To name every attendee in the text, untick the box instead.</translation>
        </message>
        <message>
            <source>A fixed quorum must be at least 1 member.</source>
            <translation>A fixed quorum must be at least 1 member.</translation>
        </message>
        <message numerus="yes">
            <source>The fixed quorum (%1) is more than the %n member(s) serving today: no meeting could ever reach it.</source>
            <translation>
                <numerusform>The fixed quorum (%1) is more than the %n member serving today: no meeting could ever reach it.</numerusform>
                <numerusform>The fixed quorum (%1) is more than the %n members serving today: no meeting could ever reach it.</numerusform>
            </translation>
        </message>
        <message>
            <source>The approval block needs the position and name of who approves, or untick it.</source>
            <translation>The approval block needs the position and name of who approves, or untick it.</translation>
        </message>
        <message>
            <source>The body needs its full name.</source>
            <translation>The body needs its full name.</translation>
        </message>
        <message>
            <source>&amp;Preview: meeting № %1 of %2, open in the editor, with the template as edited</source>
            <translation>&amp;Preview: meeting № %1 of %2, open in the editor, with the template as edited</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2. The meeting open in the editor is %3: it keeps the template it was finalised with.</source>
            <translation>&amp;Preview: the body's next meeting, № %1 of %2. The meeting open in the editor is %3: it keeps the template it was finalised with.</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2 (no agenda yet)</source>
            <translation>&amp;Preview: the body's next meeting, № %1 of %2 (no agenda yet)</translation>
        </message>
        <message>
            <source>No member serves today: add the members above.</source>
            <translation>No member serves today: add the members above.</translation>
        </message>
        <message numerus="yes">
            <source>Of the %n member(s) serving today, %1 present make a quorum.</source>
            <translation>
                <numerusform>Of the %n member serving today, %1 present make a quorum.</numerusform>
                <numerusform>Of the %n members serving today, %1 present make a quorum.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message>
            <source>No emblem</source>
            <translation>No emblem</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 is not an image Bayon can read (%2).</source>
            <translation>%1 is not an image Bayon can read (%2).</translation>
        </message>
        <message>
            <source>%1 could not be turned into PNG.</source>
            <translation>%1 could not be turned into PNG.</translation>
        </message>
        <message>
            <source>Choose the emblem</source>
            <translation>Choose the emblem</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</translation>
        </message>
        <message>
            <source>The emblem was not taken</source>
            <translation>The emblem was not taken</translation>
        </message>
        <message>
            <source>Unsaved settings</source>
            <translation>Unsaved settings</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>Save the changes to %1?</translation>
        </message>
        <message>
            <source>the new body</source>
            <translation>the new body</translation>
        </message>
        <message>
            <source>The settings were not saved</source>
            <translation>The settings were not saved</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterHistoryModel</name>
        <message>
            <source>Written down %1</source>
            <translation>Written down %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterModel</name>
        <message>
            <source>next meeting (%1)</source>
            <translation>next meeting (%1)</translation>
        </message>
        <message>
            <source>next meeting</source>
            <translation>next meeting</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, overdue</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s): due %1</source>
            <translation>
                <numerusform>Overdue by %n day: due %1</numerusform>
                <numerusform>Overdue by %n days: due %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The resolution's number in its meeting</source>
            <translation>The resolution's number in its meeting</translation>
        </message>
        <message>
            <source>The deadline; “next meeting” shows the date once that meeting exists</source>
            <translation>The deadline; “next meeting” shows the date once that meeting exists</translation>
        </message>
        <message>
            <source>Days past the deadline of a decision not yet done</source>
            <translation>Days past the deadline of a decision not yet done</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Status note</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterWidget</name>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;ODT (word processor)…</source>
            <translation>&amp;ODT (word processor)…</translation>
        </message>
        <message>
            <source>&amp;CSV (spreadsheet)…</source>
            <translation>&amp;CSV (spreadsheet)…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>All councils</source>
            <translation>All councils</translation>
        </message>
        <message>
            <source>The register cannot be read: %1</source>
            <translation>The register cannot be read: %1</translation>
        </message>
        <message>
            <source>No decision selected.</source>
            <translation>No decision selected.</translation>
        </message>
        <message>
            <source>Meeting № %1 of %2, resolution %3 — %4</source>
            <translation>Meeting № %1 of %2, resolution %3 — %4</translation>
        </message>
        <message>
            <source>Council: %1</source>
            <translation>Council: %1</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Kind: %1</translation>
        </message>
        <message>
            <source>Addressee: %1</source>
            <translation>Addressee: %1</translation>
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation>Responsible: %1</translation>
        </message>
        <message>
            <source>Deadline: %1</source>
            <translation>Deadline: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s).</source>
            <translation>
                <numerusform>Overdue by %n day.</numerusform>
                <numerusform>Overdue by %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) shown</source>
            <translation>
                <numerusform>%n decision shown</numerusform>
                <numerusform>%n decisions shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n overdue</source>
            <translation>
                <numerusform>, %n overdue</numerusform>
                <numerusform>, %n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>The follow-up was not recorded</source>
            <translation>The follow-up was not recorded</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>OpenDocument text (*.odt)</source>
            <translation>OpenDocument text (*.odt)</translation>
        </message>
        <message>
            <source>Comma-separated values (*.csv)</source>
            <translation>Comma-separated values (*.csv)</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <source>The register was not exported</source>
            <translation>The register was not exported</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
        <message>
            <source>The register was not printed</source>
            <translation>The register was not printed</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExportReviewCopyDialog</name>
        <message>
            <source>№ %1 · %2 · %3 · %4</source>
            <translation>№ %1 · %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Review copy</source>
            <translation>Review copy</translation>
        </message>
        <message>
            <source>Bayon review copies (*.bayon)</source>
            <translation>Bayon review copies (*.bayon)</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractController</name>
        <message>
            <source>No extract</source>
            <translation>No extract</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>The meeting has no agenda item to extract.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>No resolution of this meeting names an addressee.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractDialog</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>OpenDocument text (ODT)</source>
            <translation>OpenDocument text (ODT)</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Web page (HTML)</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Plain text</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>meeting № %1 of %2</source>
            <translation>meeting № %1 of %2</translation>
        </message>
        <message>
            <source>Extract of an agenda item</source>
            <translation>Extract of an agenda item</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1: the header, the agenda item under its numeral, what was heard, said and decided on it, and the secretary's certification.</source>
            <translation>“BAYONNOMADAN KOʻCHIRMA” of %1: the header, the agenda item under its numeral, what was heard, said and decided on it, and the secretary's certification.</translation>
        </message>
        <message>
            <source>&amp;Agenda item:</source>
            <translation>&amp;Agenda item:</translation>
        </message>
        <message>
            <source>Extract for an addressee</source>
            <translation>Extract for an addressee</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1 with every resolution addressed to one organisation or person, for sending out.</source>
            <translation>“BAYONNOMADAN KOʻCHIRMA” of %1 with every resolution addressed to one organisation or person, for sending out.</translation>
        </message>
        <message>
            <source>&amp;Addressee:</source>
            <translation>&amp;Addressee:</translation>
        </message>
        <message>
            <source>Every resolution whose addressee or responsible person contains this text</source>
            <translation>Every resolution whose addressee or responsible person contains this text</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>The meeting has no agenda item to extract.</translation>
        </message>
        <message>
            <source>Choose the agenda item.</source>
            <translation>Choose the agenda item.</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>No resolution of this meeting names an addressee.</translation>
        </message>
        <message>
            <source>Choose or type the addressee.</source>
            <translation>Choose or type the addressee.</translation>
        </message>
        <message>
            <source>No resolution of this meeting is addressed to “%1”.</source>
            <translation>No resolution of this meeting is addressed to “%1”.</translation>
        </message>
        <message>
            <source>Save the extract</source>
            <translation>Save the extract</translation>
        </message>
        <message>
            <source>The extract cannot be shown</source>
            <translation>The extract cannot be shown</translation>
        </message>
        <message>
            <source>The extract was not printed</source>
            <translation>The extract was not printed</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Choose the file to write.</translation>
        </message>
        <message>
            <source>The extract was not written</source>
            <translation>The extract was not written</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Replace the file?</translation>
        </message>
        <message>
            <source>%1 exists. Replace it with the extract?</source>
            <translation>%1 exists. Replace it with the extract?</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>Latin</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>Cyrillic</translation>
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
        <name>Bayon::HistoryDialog</name>
        <message>
            <source>Meeting № %1 of %2: %3, revision %4.</source>
            <translation>Meeting № %1 of %2: %3, revision %4.</translation>
        </message>
        <message>
            <source>This meeting is %1: its text cannot be restored to an earlier revision. Reopen it for editing first (Meeting menu); it then becomes a draft again.</source>
            <translation>This meeting is %1: its text cannot be restored to an earlier revision. Reopen it for editing first (Meeting menu); it then becomes a draft again.</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>the current text</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>revision %1</translation>
        </message>
        <message>
            <source>revision %1 · %2 · %3</source>
            <translation>revision %1 · %2 · %3</translation>
        </message>
        <message>
            <source>The revision cannot be read: %1</source>
            <translation>The revision cannot be read: %1</translation>
        </message>
        <message>
            <source>&amp;Restore revision %1…</source>
            <translation>&amp;Restore revision %1…</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>&amp;Restore this revision…</translation>
        </message>
        <message>
            <source>The revision cannot be restored</source>
            <translation>The revision cannot be restored</translation>
        </message>
        <message>
            <source>Restore a revision</source>
            <translation>Restore a revision</translation>
        </message>
        <message>
            <source>Restore revision %1?

Its text becomes the meeting's text again and is kept as a new revision; the status, the follow-up of the decisions and the attached files stay as they are. Undo (Ctrl+Z) in the editor puts back the text from before.</source>
            <translation>Restore revision %1?

Its text becomes the meeting's text again and is kept as a new revision; the status, the follow-up of the decisions and the attached files stay as they are. Undo (Ctrl+Z) in the editor puts back the text from before.</translation>
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
        <name>Bayon::LifecycleController</name>
        <message>
            <source>Status and control code</source>
            <translation>Status and control code</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>The control code is printed in the footer of every page of the protocol: a paper copy with this code is this text.</source>
            <translation>The control code is printed in the footer of every page of the protocol: a paper copy with this code is this text.</translation>
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
        <message>
            <source>The history cannot be shown</source>
            <translation>The history cannot be shown</translation>
        </message>
        <message>
            <source>The revision was not restored</source>
            <translation>The revision was not restored</translation>
        </message>
        <message>
            <source>This meeting is %1: its protocol is read-only, and no earlier revision can be put back. Reopen it for editing first; it then becomes a draft again.</source>
            <translation>This meeting is %1: its protocol is read-only, and no earlier revision can be put back. Reopen it for editing first; it then becomes a draft again.</translation>
        </message>
        <message>
            <source>Revision %1 restored as revision %2. Undo puts back the text from before.</source>
            <translation>Revision %1 restored as revision %2. Undo puts back the text from before.</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>The file was not attached</translation>
        </message>
        <message>
            <source>Attached: %1 (SHA-256 %2…)</source>
            <translation>Attached: %1 (SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Final · control code %1</source>
            <translation>Final · control code %1</translation>
        </message>
        <message>
            <source>Signed on %1 · control code %2</source>
            <translation>Signed on %1 · control code %2</translation>
        </message>
        <message>
            <source>Signed · control code %1</source>
            <translation>Signed · control code %1</translation>
        </message>
        <message>
            <source>The attached files cannot be shown</source>
            <translation>The attached files cannot be shown</translation>
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
            <source>The bodies cannot be listed</source>
            <translation>The bodies cannot be listed</translation>
        </message>
        <message>
            <source>The &amp;body whose meeting it is:</source>
            <translation>The &amp;body whose meeting it is:</translation>
        </message>
        <message>
            <source>The meeting cannot be shown again</source>
            <translation>The meeting cannot be shown again</translation>
        </message>
        <message>
            <source>Council settings saved.</source>
            <translation>Council settings saved.</translation>
        </message>
        <message>
            <source>read-only review copy</source>
            <translation>read-only review copy</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed</source>
            <translation>This is a review copy; it cannot be changed</translation>
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
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>No quorum line is printed: give the body's members' count above to print one.</source>
            <translation>No quorum line is printed: give the body's members' count above to print one.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>The meeting was changed elsewhere; choose what to do first.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed.</source>
            <translation>This is a review copy; it cannot be changed.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::OutputFile</name>
        <message>
            <source>No output file given.</source>
            <translation>No output file given.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 is a folder, not a file.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>the system gave no reason</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 cannot be written: %2</translation>
        </message>
        <message>
            <source>%1 could not be written: %2; the previous file, if any, was left as it was.</source>
            <translation>%1 could not be written: %2; the previous file, if any, was left as it was.</translation>
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
        <name>Bayon::RemarkDialog</name>
        <message>
            <source>Remark on: %1</source>
            <translation>Remark on: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarkListModel</name>
        <message>
            <source>The meeting</source>
            <translation>The meeting</translation>
        </message>
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
            <source>%1 (moved; was %2)</source>
            <translation>%1 (moved; was %2)</translation>
        </message>
        <message>
            <source>%1 (changed since)</source>
            <translation>%1 (changed since)</translation>
        </message>
        <message>
            <source>%1 (changed since; was %2)</source>
            <translation>%1 (changed since; was %2)</translation>
        </message>
        <message>
            <source>%1 (no longer in the meeting)</source>
            <translation>%1 (no longer in the meeting)</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>noted</translation>
        </message>
        <message>
            <source>As reviewed in revision %1:
%2</source>
            <translation>As reviewed in revision %1:
%2</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Appendix %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarksPanel</name>
        <message>
            <source>The remark was not marked</source>
            <translation>The remark was not marked</translation>
        </message>
        <message>
            <source>The remark was not taken back</source>
            <translation>The remark was not taken back</translation>
        </message>
        <message>
            <source>Choose a remark first.</source>
            <translation>Choose a remark first.</translation>
        </message>
        <message>
            <source>The remarks cannot be read: %1</source>
            <translation>The remarks cannot be read: %1</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>No meeting is open.</translation>
        </message>
        <message numerus="yes">
            <source>Your remarks on this meeting: %n. They stay on this computer until you send them.</source>
            <translation>
                <numerusform>Your remarks on this meeting: %n. They stay on this computer until you send them.</numerusform>
                <numerusform>Your remarks on this meeting: %n. They stay on this computer until you send them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1.</source>
            <translation>Remarks can be added to a meeting in review; this one is %1.</translation>
        </message>
        <message>
            <source>No remarks on this meeting. Members' remarks come in with File ▸ Import remarks…</source>
            <translation>No remarks on this meeting. Members' remarks come in with File ▸ Import remarks…</translation>
        </message>
        <message numerus="yes">
            <source>Remarks from members: %n, of which open: %1.</source>
            <translation>
                <numerusform>Remarks from members: %n, of which open: %1.</numerusform>
                <numerusform>Remarks from members: %n, of which open: %1.</numerusform>
            </translation>
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
        <name>Bayon::ReviewController</name>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>&amp;Remarks</source>
            <translation>&amp;Remarks</translation>
        </message>
        <message>
            <source>Export &amp;review copy…</source>
            <translation>Export &amp;review copy…</translation>
        </message>
        <message>
            <source>One file with chosen meetings that members open read-only and send remarks from</source>
            <translation>One file with chosen meetings that members open read-only and send remarks from</translation>
        </message>
        <message>
            <source>Import re&amp;marks…</source>
            <translation>Import re&amp;marks…</translation>
        </message>
        <message>
            <source>The remarks file a member sent back from a review copy</source>
            <translation>The remarks file a member sent back from a review copy</translation>
        </message>
        <message>
            <source>&amp;Send remarks…</source>
            <translation>&amp;Send remarks…</translation>
        </message>
        <message>
            <source>Write your remarks to a file to send to the secretary</source>
            <translation>Write your remarks to a file to send to the secretary</translation>
        </message>
        <message>
            <source>Add re&amp;mark…</source>
            <translation>Add re&amp;mark…</translation>
        </message>
        <message>
            <source>review copy of %1</source>
            <translation>review copy of %1</translation>
        </message>
        <message>
            <source>Members write remarks in a review copy (File ▸ Export review copy…)</source>
            <translation>Members write remarks in a review copy (File ▸ Export review copy…)</translation>
        </message>
        <message>
            <source>Open a meeting in review first</source>
            <translation>Open a meeting in review first</translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1</source>
            <translation>Remarks can be added to a meeting in review; this one is %1</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>No database is open.</translation>
        </message>
        <message>
            <source>Remarks are written in a review copy.</source>
            <translation>Remarks are written in a review copy.</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>No meeting is open.</translation>
        </message>
        <message>
            <source>Remarks are sent from a review copy.</source>
            <translation>Remarks are sent from a review copy.</translation>
        </message>
        <message>
            <source>Remarks are imported into the council's own database.</source>
            <translation>Remarks are imported into the council's own database.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>The meetings cannot be listed</translation>
        </message>
        <message>
            <source>The review copy was not written</source>
            <translation>The review copy was not written</translation>
        </message>
        <message numerus="yes">
            <source>Review copy written: %1 (%n meeting(s)).</source>
            <translation>
                <numerusform>Review copy written: %1 (%n meeting).</numerusform>
                <numerusform>Review copy written: %1 (%n meetings).</numerusform>
            </translation>
        </message>
        <message>
            <source>The remark was not added</source>
            <translation>The remark was not added</translation>
        </message>
        <message>
            <source>Remark kept on this computer. File ▸ Send remarks… writes them for the secretary.</source>
            <translation>Remark kept on this computer. File ▸ Send remarks… writes them for the secretary.</translation>
        </message>
        <message>
            <source>Send remarks</source>
            <translation>Send remarks</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json)</source>
            <translation>Bayon remarks (*.json)</translation>
        </message>
        <message>
            <source>The remarks were not written</source>
            <translation>The remarks were not written</translation>
        </message>
        <message>
            <source>Remarks written to %1: send this file to the secretary.</source>
            <translation>Remarks written to %1: send this file to the secretary.</translation>
        </message>
        <message>
            <source>Import remarks</source>
            <translation>Import remarks</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json);;All files (*)</source>
            <translation>Bayon remarks (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>The remarks were not imported</source>
            <translation>The remarks were not imported</translation>
        </message>
        <message>
            <source>Nothing was imported from %1.

%2</source>
            <translation>Nothing was imported from %1.

%2</translation>
        </message>
        <message>
            <source>Remarks from %1: %2 new, %3 already imported before.</source>
            <translation>Remarks from %1: %2 new, %3 already imported before.</translation>
        </message>
        <message>
            <source>A remark on the part selected: the meeting, an agenda item, a report, a KPI row, a resolution or an appendix</source>
            <translation>A remark on the part selected: the meeting, an agenda item, a report, a KPI row, a resolution or an appendix</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReviewCopyBanner</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>(no council named)</source>
            <translation>(no council named)</translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3.</source>
            <translation>
                <numerusform>Review copy of %1: %n meeting of %2, made on %3.</numerusform>
                <numerusform>Review copy of %1: %n meetings of %2, made on %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3 by %4.</source>
            <translation>
                <numerusform>Review copy of %1: %n meeting of %2, made on %3 by %4.</numerusform>
                <numerusform>Review copy of %1: %n meetings of %2, made on %3 by %4.</numerusform>
            </translation>
        </message>
        <message>
            <source>It opens read-only: nothing in it can be changed. Remarks on a meeting in review are kept on this computer and sent with File ▸ Send remarks…</source>
            <translation>It opens read-only: nothing in it can be changed. Remarks on a meeting in review are kept on this computer and sent with File ▸ Send remarks…</translation>
        </message>
        <message>
            <source>This copy was changed after it was packed: its content no longer has its seal, so what it shows may not be what the secretary sent. Ask for a new copy.</source>
            <translation>This copy was changed after it was packed: its content no longer has its seal, so what it shows may not be what the secretary sent. Ask for a new copy.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RevisionListModel</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message numerus="yes">
            <source>Autosaved (%n saves)</source>
            <translation>
                <numerusform>Autosaved (%n save)</numerusform>
                <numerusform>Autosaved (%n saves)</numerusform>
            </translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Autosaved</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Autosaves from %1 to %2</source>
            <translation>Autosaves from %1 to %2</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
        <message>
            <source>Appendix %1</source>
            <translation>Appendix %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SignDialog</name>
        <message>
            <source>Meeting № %1 of %2 is final. Record that its paper copy has been signed: the protocol stays read-only, and the control code on its pages still matches it.</source>
            <translation>Meeting № %1 of %2 is final. Record that its paper copy has been signed: the protocol stays read-only, and the control code on its pages still matches it.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Sign</translation>
        </message>
        <message>
            <source>The scan of the signed copy</source>
            <translation>The scan of the signed copy</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>There is no file %1.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::VoteEditor</name>
        <message>
            <source>No vote recorded</source>
            <translation>No vote recorded</translation>
        </message>
        <message>
            <source>Counts (Rozi, Qarshi, Betaraf)</source>
            <translation>Counts (Rozi, Qarshi, Betaraf)</translation>
        </message>
        <message>
            <source>Unanimously (bir ovozdan)</source>
            <translation>Unanimously (bir ovozdan)</translation>
        </message>
        <message>
            <source>Roll call (nomma-nom)</source>
            <translation>Roll call (nomma-nom)</translation>
        </message>
        <message>
            <source>For (Rozi)</source>
            <translation>For (Rozi)</translation>
        </message>
        <message>
            <source>Against (Qarshi)</source>
            <translation>Against (Qarshi)</translation>
        </message>
        <message>
            <source>Abstained (Betaraf)</source>
            <translation>Abstained (Betaraf)</translation>
        </message>
        <message>
            <source>&amp;Vote:</source>
            <translation>&amp;Vote:</translation>
        </message>
        <message>
            <source>How the members voted</source>
            <translation>How the members voted</translation>
        </message>
        <message>
            <source>R&amp;ozi (for):</source>
            <translation>R&amp;ozi (for):</translation>
        </message>
        <message>
            <source>&amp;Qarshi (against):</source>
            <translation>&amp;Qarshi (against):</translation>
        </message>
        <message>
            <source>Betara&amp;f (abstained):</source>
            <translation>Betara&amp;f (abstained):</translation>
        </message>
        <message>
            <source>Dissenting o&amp;pinions:</source>
            <translation>Dissenting o&amp;pinions:</translation>
        </message>
        <message>
            <source>Alohida fikr, as printed under the vote</source>
            <translation>Alohida fikr, as printed under the vote</translation>
        </message>
        <message>
            <source>Member present</source>
            <translation>Member present</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Dissenting opinion (alohida fikr)</source>
            <translation>Dissenting opinion (alohida fikr)</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Roll call</translation>
        </message>
        <message>
            <source>Vote check</source>
            <translation>Vote check</translation>
        </message>
        <message>
            <source>— (did not vote)</source>
            <translation>— (did not vote)</translation>
        </message>
        <message>
            <source>Vote of %1</source>
            <translation>Vote of %1</translation>
        </message>
        <message>
            <source>Dissenting opinion of %1</source>
            <translation>Dissenting opinion of %1</translation>
        </message>
        <message>
            <source>Vote as printed</source>
            <translation>Vote as printed</translation>
        </message>
        <message>
            <source>As the protocol prints the vote</source>
            <translation>As the protocol prints the vote</translation>
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
        <name>ChangeAppendixCommand</name>
        <message>
            <source>Change appendix title</source>
            <translation>Change appendix title</translation>
        </message>
        <message>
            <source>Change appendix text</source>
            <translation>Change appendix text</translation>
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
        <message>
            <source>Change protocol form</source>
            <translation>Change protocol form</translation>
        </message>
        <message>
            <source>Change end time</source>
            <translation>Change end time</translation>
        </message>
        <message>
            <source>Change who convened the meeting</source>
            <translation>Change who convened the meeting</translation>
        </message>
        <message>
            <source>Change basis</source>
            <translation>Change basis</translation>
        </message>
        <message>
            <source>Change notification</source>
            <translation>Change notification</translation>
        </message>
        <message>
            <source>Change members' count</source>
            <translation>Change members' count</translation>
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
        <name>ChangeVoteCommand</name>
        <message>
            <source>Change vote on resolution</source>
            <translation>Change vote on resolution</translation>
        </message>
        <message>
            <source>Change vote on agenda item</source>
            <translation>Change vote on agenda item</translation>
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
        <name>CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Council settings</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <source>The body whose settings are shown; each has its own members, template and numbering</source>
            <translation>The body whose settings are shown; each has its own members, template and numbering</translation>
        </message>
        <message>
            <source>Add bo&amp;dy</source>
            <translation>Add bo&amp;dy</translation>
        </message>
        <message>
            <source>A new body (a commission, a board) with the usual template</source>
            <translation>A new body (a commission, a board) with the usual template</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>As the protocol's header prints it</source>
            <translation>As the protocol's header prints it</translation>
        </message>
        <message>
            <source>O&amp;rganisation:</source>
            <translation>O&amp;rganisation:</translation>
        </message>
        <message>
            <source>The ministry, company or university it belongs to</source>
            <translation>The ministry, company or university it belongs to</translation>
        </message>
        <message>
            <source>Sh&amp;ort name:</source>
            <translation>Sh&amp;ort name:</translation>
        </message>
        <message>
            <source>For lists: “Jamoatchilik kengashi”</source>
            <translation>For lists: “Jamoatchilik kengashi”</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>C&amp;ity:</translation>
        </message>
        <message>
            <source>The place a new meeting takes: “Toshkent shahri”</source>
            <translation>The place a new meeting takes: “Toshkent shahri”</translation>
        </message>
        <message>
            <source>Defa&amp;ult form:</source>
            <translation>Defa&amp;ult form:</translation>
        </message>
        <message>
            <source>The form a new meeting of this body is printed in; each meeting can choose another</source>
            <translation>The form a new meeting of this body is printed in; each meeting can choose another</translation>
        </message>
        <message>
            <source>&amp;Emblem:</source>
            <translation>&amp;Emblem:</translation>
        </message>
        <message>
            <source>Emblem image</source>
            <translation>Emblem image</translation>
        </message>
        <message>
            <source>C&amp;hoose image…</source>
            <translation>C&amp;hoose image…</translation>
        </message>
        <message>
            <source>A PNG or JPEG image printed at the top of the first page</source>
            <translation>A PNG or JPEG image printed at the top of the first page</translation>
        </message>
        <message>
            <source>Remo&amp;ve image</source>
            <translation>Remo&amp;ve image</translation>
        </message>
        <message>
            <source>Members and quorum</source>
            <translation>Members and quorum</translation>
        </message>
        <message>
            <source>Add &amp;member:</source>
            <translation>Add &amp;member:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it</source>
            <translation>Type a name: the directory completes it</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Remove the selected member (Delete)</source>
            <translation>Remove the selected member (Delete)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>&amp;Quorum:</source>
            <translation>&amp;Quorum:</translation>
        </message>
        <message>
            <source>Fi&amp;xed number:</source>
            <translation>Fi&amp;xed number:</translation>
        </message>
        <message>
            <source>How many members present the charter asks for</source>
            <translation>How many members present the charter asks for</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>&amp;Title line:</source>
            <translation>&amp;Title line:</translation>
        </message>
        <message>
            <source>Resolution &amp;formula:</source>
            <translation>Resolution &amp;formula:</translation>
        </message>
        <message>
            <source>&amp;Chair signs as:</source>
            <translation>&amp;Chair signs as:</translation>
        </message>
        <message>
            <source>Secretar&amp;y signs as:</source>
            <translation>Secretar&amp;y signs as:</translation>
        </message>
        <message>
            <source>Members &amp;label:</source>
            <translation>Members &amp;label:</translation>
        </message>
        <message>
            <source>How the quorum line names the members: “Kengash aʼzolari — 15 nafar”</source>
            <translation>How the quorum line names the members: “Kengash aʼzolari — 15 nafar”</translation>
        </message>
        <message>
            <source>&amp;Numbering:</source>
            <translation>&amp;Numbering:</translation>
        </message>
        <message>
            <source>How the protocol's number is printed; numbers start again each year</source>
            <translation>How the protocol's number is printed; numbers start again each year</translation>
        </message>
        <message>
            <source>Res&amp;olutions numbered:</source>
            <translation>Res&amp;olutions numbered:</translation>
        </message>
        <message>
            <source>In the full form: per agenda item or throughout the protocol</source>
            <translation>In the full form: per agenda item or throughout the protocol</translation>
        </message>
        <message>
            <source>List the attendees as an appendix &amp;when there are more than</source>
            <translation>List the attendees as an appendix &amp;when there are more than</translation>
        </message>
        <message>
            <source>Attendee-list threshold</source>
            <translation>Attendee-list threshold</translation>
        </message>
        <message>
            <source>Up to this many attendees are named in the text; more are counted and listed in “1-ilova”</source>
            <translation>Up to this many attendees are named in the text; more are counted and listed in “1-ilova”</translation>
        </message>
        <message>
            <source>Print “M.Oʻ.” for the s&amp;eal beside the signatures</source>
            <translation>Print “M.Oʻ.” for the s&amp;eal beside the signatures</translation>
        </message>
        <message>
            <source>Appro&amp;val block “TASDIQLAYMAN” at the top right</source>
            <translation>Appro&amp;val block “TASDIQLAYMAN” at the top right</translation>
        </message>
        <message>
            <source>Posit&amp;ion:</source>
            <translation>Posit&amp;ion:</translation>
        </message>
        <message>
            <source>Who approves: “Kuzatuv kengashi raisi”</source>
            <translation>Who approves: “Kuzatuv kengashi raisi”</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>“B.Rahimov”</source>
            <translation>“B.Rahimov”</translation>
        </message>
        <message>
            <source>A date line “«____» __________ 20__-yil” is printed under the name. Write “ / ” where the position should break into a new line.</source>
            <translation>A date line “«____» __________ 20__-yil” is printed under the name. Write “ / ” where the position should break into a new line.</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegisterWidget</name>
        <message>
            <source>Decisions register</source>
            <translation>Decisions register</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>Part of a responsible person's name</source>
            <translation>Part of a responsible person's name</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Council:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>Only meetings on or after this day</source>
            <translation>Only meetings on or after this day</translation>
        </message>
        <message>
            <source>Meetings from</source>
            <translation>Meetings from</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <source>Only meetings on or before this day</source>
            <translation>Only meetings on or before this day</translation>
        </message>
        <message>
            <source>Meetings to</source>
            <translation>Meetings to</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>&amp;Words:</translation>
        </message>
        <message>
            <source>Words of the meeting, as “Find in all meetings” finds them</source>
            <translation>Words of the meeting, as “Find in all meetings” finds them</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>C&amp;lear filters</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Full te&amp;xt:</source>
            <translation>Full te&amp;xt:</translation>
        </message>
        <message>
            <source>&amp;Open in the editor</source>
            <translation>&amp;Open in the editor</translation>
        </message>
        <message>
            <source>Open the meeting at this resolution (Enter, double-click)</source>
            <translation>Open the meeting at this resolution (Enter, double-click)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>New stat&amp;us:</source>
            <translation>New stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>What was done, or why not</source>
            <translation>What was done, or why not</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;ate:</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>Keep this step in the decision's follow-up history (allowed on signed meetings)</source>
            <translation>Keep this step in the decision's follow-up history (allowed on signed meetings)</translation>
        </message>
        <message>
            <source>&amp;History of the follow-up:</source>
            <translation>&amp;History of the follow-up:</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Pr&amp;int…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Write the decisions shown, in the order shown, as PDF, ODT or CSV</source>
            <translation>Write the decisions shown, in the order shown, as PDF, ODT or CSV</translation>
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
        <message>
            <source>Full form</source>
            <translation>Full form</translation>
        </message>
        <message>
            <source>Short form</source>
            <translation>Short form</translation>
        </message>
        <message>
            <source>Narrative form</source>
            <translation>Narrative form</translation>
        </message>
        <message>
            <source>More than half of the members</source>
            <translation>More than half of the members</translation>
        </message>
        <message>
            <source>Two thirds of the members</source>
            <translation>Two thirds of the members</translation>
        </message>
        <message>
            <source>A fixed number of members</source>
            <translation>A fixed number of members</translation>
        </message>
        <message>
            <source>Per agenda item (1.1, 1.2, 2.1)</source>
            <translation>Per agenda item (1.1, 1.2, 2.1)</translation>
        </message>
        <message>
            <source>Continuous (1, 2, 3)</source>
            <translation>Continuous (1, 2, 3)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
    </context>
    <context>
        <name>ExportReviewCopyDialog</name>
        <message>
            <source>Export a review copy</source>
            <translation>Export a review copy</translation>
        </message>
        <message>
            <source>A review copy is one file with the chosen meetings that members open read-only on their own computers, with no network, and send their remarks back from.</source>
            <translation>A review copy is one file with the chosen meetings that members open read-only on their own computers, with no network, and send their remarks back from.</translation>
        </message>
        <message>
            <source>&amp;These meetings:</source>
            <translation>&amp;These meetings:</translation>
        </message>
        <message>
            <source>Meetings to put in the copy</source>
            <translation>Meetings to put in the copy</translation>
        </message>
        <message>
            <source>Every meeting of a &amp;period with these statuses:</source>
            <translation>Every meeting of a &amp;period with these statuses:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>T&amp;o:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>F&amp;ile:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <source>Extract of the protocol</source>
            <translation>Extract of the protocol</translation>
        </message>
        <message>
            <source>Extract &amp;date:</source>
            <translation>Extract &amp;date:</translation>
        </message>
        <message>
            <source>The date the secretary certifies the extract as a true copy</source>
            <translation>The date the secretary certifies the extract as a true copy</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Script:</source>
            <translation>&amp;Script:</translation>
        </message>
        <message>
            <source>The script the extract is written in: the meeting stays in Latin, the extract is transliterated</source>
            <translation>The script the extract is written in: the meeting stays in Latin, the extract is transliterated</translation>
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
        <name>HistoryDialog</name>
        <message>
            <source>History of the meeting</source>
            <translation>History of the meeting</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Re&amp;visions</source>
            <translation>Re&amp;visions</translation>
        </message>
        <message>
            <source>&amp;Kept revisions, newest first (select one to compare it with the current text, or two to compare them):</source>
            <translation>&amp;Kept revisions, newest first (select one to compare it with the current text, or two to compare them):</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Revisions</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>&amp;Restore this revision…</translation>
        </message>
        <message>
            <source>Put the text of the selected revision back, as a new revision; Undo in the editor takes it back</source>
            <translation>Put the text of the selected revision back, as a new revision; Undo in the editor takes it back</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Compare &amp;from:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <source>C&amp;hanges:</source>
            <translation>C&amp;hanges:</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Status &amp;log</source>
            <translation>Status &amp;log</translation>
        </message>
        <message>
            <source>&amp;Entries, newest first: changes of status, reopenings with their reasons, restores, files attached and removed:</source>
            <translation>&amp;Entries, newest first: changes of status, reopenings with their reasons, restores, files attached and removed:</translation>
        </message>
        <message>
            <source>Status log</source>
            <translation>Status log</translation>
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
        <message>
            <source>A new draft of a body, with its members, chair, secretary and next number</source>
            <translation>A new draft of a body, with its members, chair, secretary and next number</translation>
        </message>
        <message>
            <source>E&amp;xtract of this item…</source>
            <translation>E&amp;xtract of this item…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of the agenda item selected on the Agenda page, to certify and send</source>
            <translation>“Bayonnomadan koʻchirma” of the agenda item selected on the Agenda page, to certify and send</translation>
        </message>
        <message>
            <source>Extract for addre&amp;ssee…</source>
            <translation>Extract for addre&amp;ssee…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of every resolution addressed to one organisation or person</source>
            <translation>“Bayonnomadan koʻchirma” of every resolution addressed to one organisation or person</translation>
        </message>
        <message>
            <source>Co&amp;uncil settings…</source>
            <translation>Co&amp;uncil settings…</translation>
        </message>
        <message>
            <source>The bodies whose meetings this database keeps: names, members, quorum and the protocol template</source>
            <translation>The bodies whose meetings this database keeps: names, members, quorum and the protocol template</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>The kept revisions and the status log of this meeting; compare and restore revisions</source>
            <translation>The kept revisions and the status log of this meeting; compare and restore revisions</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>&amp;Attach file…</translation>
        </message>
        <message>
            <source>Keep a file with this meeting: the scan of its signed copy (PDF, PNG or JPEG)</source>
            <translation>Keep a file with this meeting: the scan of its signed copy (PDF, PNG or JPEG)</translation>
        </message>
        <message>
            <source>Attached &amp;files…</source>
            <translation>Attached &amp;files…</translation>
        </message>
        <message>
            <source>The files kept with this meeting: open, check or remove them</source>
            <translation>The files kept with this meeting: open, check or remove them</translation>
        </message>
        <message>
            <source>&amp;Decisions register…</source>
            <translation>&amp;Decisions register…</translation>
        </message>
        <message>
            <source>Every resolution of every meeting with its follow-up</source>
            <translation>Every resolution of every meeting with its follow-up</translation>
        </message>
    </context>
    <context>
        <name>MeetingDiffHtml</name>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>chair: %1</source>
            <translation>chair: %1</translation>
        </message>
        <message>
            <source>secretary: %1</source>
            <translation>secretary: %1</translation>
        </message>
        <message>
            <source>caption of table %1</source>
            <translation>caption of table %1</translation>
        </message>
        <message>
            <source>sub-point %1</source>
            <translation>sub-point %1</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>participant %1</translation>
        </message>
        <message>
            <source>council</source>
            <translation>council</translation>
        </message>
        <message>
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>start time</translation>
        </message>
        <message>
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>full name</translation>
        </message>
        <message>
            <source>short name</source>
            <translation>short name</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>presence</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>discussion</source>
            <translation>discussion</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>speaker</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>lead</translation>
        </message>
        <message>
            <source>text of the report</source>
            <translation>text of the report</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicator</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>change</source>
            <translation>change</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>addressee</source>
            <translation>addressee</translation>
        </message>
        <message>
            <source>responsible</source>
            <translation>responsible</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>deadline</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <source>follow-up status</source>
            <translation>follow-up status</translation>
        </message>
        <message>
            <source>status note</source>
            <translation>status note</translation>
        </message>
        <message>
            <source>%1: moved (was %2)</source>
            <translation>%1: moved (was %2)</translation>
        </message>
        <message>
            <source>%1: added</source>
            <translation>%1: added</translation>
        </message>
        <message>
            <source>%1: removed</source>
            <translation>%1: removed</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 added</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1: %2 removed</translation>
        </message>
        <message>
            <source>%1: %2 changed</source>
            <translation>%1: %2 changed</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>No differences: the two texts are the same.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s). Added words are underlined (green), removed words struck through (red).</source>
            <translation>
                <numerusform>%n change. Added words are underlined (green), removed words struck through (red).</numerusform>
                <numerusform>%n changes. Added words are underlined (green), removed words struck through (red).</numerusform>
            </translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Appendix %1</translation>
        </message>
        <message>
            <source>template: %1</source>
            <translation>template: %1</translation>
        </message>
        <message>
            <source>roll call %1</source>
            <translation>roll call %1</translation>
        </message>
        <message>
            <source>dissenting opinion %1</source>
            <translation>dissenting opinion %1</translation>
        </message>
        <message>
            <source>end time</source>
            <translation>end time</translation>
        </message>
        <message>
            <source>protocol form</source>
            <translation>protocol form</translation>
        </message>
        <message>
            <source>convened by</source>
            <translation>convened by</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>basis</translation>
        </message>
        <message>
            <source>notification</source>
            <translation>notification</translation>
        </message>
        <message>
            <source>number of members</source>
            <translation>number of members</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>vote</translation>
        </message>
        <message>
            <source>dissenting opinions</source>
            <translation>dissenting opinions</translation>
        </message>
        <message>
            <source>title line</source>
            <translation>title line</translation>
        </message>
        <message>
            <source>resolution formula</source>
            <translation>resolution formula</translation>
        </message>
        <message>
            <source>chair's title</source>
            <translation>chair's title</translation>
        </message>
        <message>
            <source>secretary's title</source>
            <translation>secretary's title</translation>
        </message>
        <message>
            <source>members label</source>
            <translation>members label</translation>
        </message>
        <message>
            <source>approval block</source>
            <translation>approval block</translation>
        </message>
        <message>
            <source>approver's position</source>
            <translation>approver's position</translation>
        </message>
        <message>
            <source>approver's name</source>
            <translation>approver's name</translation>
        </message>
        <message>
            <source>seal mark</source>
            <translation>seal mark</translation>
        </message>
        <message>
            <source>attendee list threshold</source>
            <translation>attendee list threshold</translation>
        </message>
        <message>
            <source>numbering</source>
            <translation>numbering</translation>
        </message>
        <message>
            <source>resolution numbering</source>
            <translation>resolution numbering</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>quorum</translation>
        </message>
        <message>
            <source>quorum count</source>
            <translation>quorum count</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>for %1, against %2, abstained %3</source>
            <translation>for %1, against %2, abstained %3</translation>
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
        <message>
            <source>&amp;4 Appendices</source>
            <translation>&amp;4 Appendices</translation>
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
        <message>
            <source>Pri&amp;nted as:</source>
            <translation>Pri&amp;nted as:</translation>
        </message>
        <message>
            <source>The form the protocol is printed in; switching it changes nothing else in the meeting</source>
            <translation>The form the protocol is printed in; switching it changes nothing else in the meeting</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>t&amp;o</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>When the meeting ended; printed with the start time when both are given</source>
            <translation>When the meeting ended; printed with the start time when both are given</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Con&amp;vened by:</source>
            <translation>Con&amp;vened by:</translation>
        </message>
        <message>
            <source>Who convened the meeting</source>
            <translation>Who convened the meeting</translation>
        </message>
        <message>
            <source>&amp;Members:</source>
            <translation>&amp;Members:</translation>
        </message>
        <message>
            <source>The body's members on the day of the meeting, for the quorum</source>
            <translation>The body's members on the day of the meeting, for the quorum</translation>
        </message>
        <message>
            <source>count the attendance</source>
            <translation>count the attendance</translation>
        </message>
        <message>
            <source>&amp;Basis:</source>
            <translation>&amp;Basis:</translation>
        </message>
        <message>
            <source>A law's article, the charter</source>
            <translation>A law's article, the charter</translation>
        </message>
        <message>
            <source>Not&amp;ified:</source>
            <translation>Not&amp;ified:</translation>
        </message>
        <message>
            <source>How and when the members were notified; printed as an appendix</source>
            <translation>How and when the members were notified; printed as an appendix</translation>
        </message>
        <message>
            <source>The notice sent to the members (printed as an appendix)</source>
            <translation>The notice sent to the members (printed as an appendix)</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
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
        <message>
            <source>%1 is in the roll call but is not a member of the body in this meeting's attendance: only members vote. Add them to the attendance as a member, or take them out of the roll call.</source>
            <translation>%1 is in the roll call but is not a member of the body in this meeting's attendance: only members vote. Add them to the attendance as a member, or take them out of the roll call.</translation>
        </message>
        <message>
            <source>%1 is in the roll call but is marked as not present: an absent member cannot vote. Correct the attendance or the roll call.</source>
            <translation>%1 is in the roll call but is marked as not present: an absent member cannot vote. Correct the attendance or the roll call.</translation>
        </message>
        <message>
            <source>There is no quorum: %1 of %2 members are present, at least %3 are needed. The meeting cannot decide; the protocol says “Kvorum mavjud emas”.</source>
            <translation>There is no quorum: %1 of %2 members are present, at least %3 are needed. The meeting cannot decide; the protocol says “Kvorum mavjud emas”.</translation>
        </message>
        <message>
            <source>An attached document needs its title.</source>
            <translation>An attached document needs its title.</translation>
        </message>
        <message>
            <source>The text says “(ilova qilinadi)” %1 time(s) but %2 document(s) are attached: attach the missing ones, or the appendix will be on paper only.</source>
            <translation>The text says “(ilova qilinadi)” %1 time(s) but %2 document(s) are attached: attach the missing ones, or the appendix will be on paper only.</translation>
        </message>
        <message>
            <source>%1 document(s) are attached but the text mentions only %2 with “(ilova qilinadi)”: the others are printed after them, mentioned nowhere.</source>
            <translation>%1 document(s) are attached but the text mentions only %2 with “(ilova qilinadi)”: the others are printed after them, mentioned nowhere.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but names no one responsible.</source>
            <translation>Resolution %1 is to be followed up but names no one responsible.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but has no deadline.</source>
            <translation>Resolution %1 is to be followed up but has no deadline.</translation>
        </message>
        <message>
            <source>Agenda item %1 has no speaker: add the report that was heard on it.</source>
            <translation>Agenda item %1 has no speaker: add the report that was heard on it.</translation>
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
        <name>MoveAppendixCommand</name>
        <message>
            <source>Move appendix</source>
            <translation>Move appendix</translation>
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
        <name>ProtocolPrinting</name>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Select All</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Step up</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Step &amp;down</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Job Control</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Scheduled printing:</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Billing information:</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Job priority:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Banner Pages</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>End:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Print Immediately</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Hold Indefinitely</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Day (06:00 to 17:59)</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Night (18:00 to 05:59)</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Second Shift (16:00 to 23:59)</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Third Shift (00:00 to 07:59)</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Weekend (Saturday to Sunday)</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Specific Time</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Unclassified</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Classified</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Top Secret</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Go forward</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Go to the parent directory</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Create a New Folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Change to list view mode</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Change to detail view mode</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Sidebar</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>List of places and bookmarks</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Files of type:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Find Directory</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>New Folder</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Directories</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Recent Places</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Are you sure you want to delete '%1'?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Could not delete directory.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
File not found.
Please verify the correct file name was given.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Close without Saving</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Show Details...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hide Details...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Page size:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Width:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Height:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Paper source:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Reverse landscape</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Reverse portrait</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Margins</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>top margin</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>left margin</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>right margin</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>bottom margin</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Page Layout</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Page order:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Pages per sheet:</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Millimeters (mm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Inches (in)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Points (pt)</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Pica (P̸)</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Didot (DD)</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Cicero (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Options &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Options &lt;&lt;</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Print to File (PDF)</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Local file</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Write PDF file</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Print To File ...</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>All Pages</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Odd Pages</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Even Pages</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 is a directory.
Please choose a different file name.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>File %1 is not writable.
Please choose a different file name.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 already exists.
Do you want to overwrite it?</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Invalid Pages Definition</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Duplex Settings Conflicts</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Left to Right, Top to Bottom</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Left to Right, Bottom to Top</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Right to Left, Bottom to Top</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Right to Left, Top to Bottom</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Bottom to Top, Left to Right</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Bottom to Top, Right to Left</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Top to Bottom, Left to Right</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Top to Bottom, Right to Left</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Print Preview</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>First page</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Last page</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Fit page</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Show single page</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Show facing pages</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Show overview of all pages</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Page setup</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Page Setup</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>Printer Properties</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Job Options</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Page Setup Conflicts</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
        </message>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Advanced Option Conflicts</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Advanced</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>There are conflicts in some options. Please fix them.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Print range</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Print all</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Pages from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Current Page</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Page Set:</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Output Settings</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Collate</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Reverse</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Color Mode</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Grayscale</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Double Sided Printing</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Long side binding</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Short side binding</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;roperties</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Output &amp;file:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Scroll here</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Left edge</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Right edge</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Bottom</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Page left</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Page up</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Page right</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Page down</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Scroll left</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Scroll up</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Scroll right</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Scroll down</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copy &amp;Link Location</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>Remark</name>
        <message>
            <source>Meeting %1 is %2: remarks are written on a protocol in review.</source>
            <translation>Meeting %1 is %2: remarks are written on a protocol in review.</translation>
        </message>
        <message>
            <source>The remark has no text.</source>
            <translation>The remark has no text.</translation>
        </message>
        <message>
            <source>The remark has no reviewer's name.</source>
            <translation>The remark has no reviewer's name.</translation>
        </message>
    </context>
    <context>
        <name>RemarkDialog</name>
        <message>
            <source>Add a remark</source>
            <translation>Add a remark</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Remark:</translation>
        </message>
        <message>
            <source>What should change in this part, and why</source>
            <translation>What should change in this part, and why</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Kept for the next remarks too (Preferences ▸ Your name)</source>
            <translation>Kept for the next remarks too (Preferences ▸ Your name)</translation>
        </message>
    </context>
    <context>
        <name>RemarkLocator</name>
        <message>
            <source>"%1" is not a complete part name.</source>
            <translation>"%1" is not a complete part name.</translation>
        </message>
        <message>
            <source>Meeting %1 has no %2: %3.</source>
            <translation>Meeting %1 has no %2: %3.</translation>
        </message>
        <message>
            <source>it has %1 resolution(s)</source>
            <translation>it has %1 resolution(s)</translation>
        </message>
        <message>
            <source>it has %1 appendix(es)</source>
            <translation>it has %1 appendix(es)</translation>
        </message>
        <message>
            <source>its agenda has %1 item(s)</source>
            <translation>its agenda has %1 item(s)</translation>
        </message>
        <message>
            <source>agenda item %1 has %2 report(s)</source>
            <translation>agenda item %1 has %2 report(s)</translation>
        </message>
        <message>
            <source>report %1.%2 has %3 KPI row(s)</source>
            <translation>report %1.%2 has %3 KPI row(s)</translation>
        </message>
    </context>
    <context>
        <name>RemarkPart</name>
        <message>
            <source>No part was given; a part is one of: %1.</source>
            <translation>No part was given; a part is one of: %1.</translation>
        </message>
        <message>
            <source>"%1" is not a part of a protocol; a part is one of: %2.</source>
            <translation>"%1" is not a part of a protocol; a part is one of: %2.</translation>
        </message>
        <message>
            <source>"%1": the meeting as a whole takes no number; write "meeting".</source>
            <translation>"%1": the meeting as a whole takes no number; write "meeting".</translation>
        </message>
        <message>
            <source>a report is named by the number of its agenda item and its own</source>
            <translation>a report is named by the number of its agenda item and its own</translation>
        </message>
        <message>
            <source>a KPI row is named by the numbers of its agenda item, its report and its row</source>
            <translation>a KPI row is named by the numbers of its agenda item, its report and its row</translation>
        </message>
        <message>
            <source>an agenda item is named by its number</source>
            <translation>an agenda item is named by its number</translation>
        </message>
        <message>
            <source>an appendix is named by its number</source>
            <translation>an appendix is named by its number</translation>
        </message>
        <message>
            <source>a resolution is named by its number</source>
            <translation>a resolution is named by its number</translation>
        </message>
        <message>
            <source>"%1": %2, as in "%3".</source>
            <translation>"%1": %2, as in "%3".</translation>
        </message>
        <message>
            <source>"%1": "%2" is not a number as printed (1, 2, 3 …).</source>
            <translation>"%1": "%2" is not a number as printed (1, 2, 3 …).</translation>
        </message>
    </context>
    <context>
        <name>RemarksPanel</name>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Take back</translation>
        </message>
        <message>
            <source>Remove the selected remark before it is sent</source>
            <translation>Remove the selected remark before it is sent</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>The remark is taken into the protocol</source>
            <translation>The remark is taken into the protocol</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>The remark is not taken into the protocol</source>
            <translation>The remark is not taken into the protocol</translation>
        </message>
        <message>
            <source>&amp;Noted</source>
            <translation>&amp;Noted</translation>
        </message>
        <message>
            <source>The remark was read; nothing in the protocol changes for it</source>
            <translation>The remark was read; nothing in the protocol changes for it</translation>
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
        <name>RestoreRevisionCommand</name>
        <message>
            <source>Restore revision %1</source>
            <translation>Restore revision %1</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign the protocol</source>
            <translation>Sign the protocol</translation>
        </message>
        <message>
            <source>Signed &amp;on:</source>
            <translation>Signed &amp;on:</translation>
        </message>
        <message>
            <source>&amp;Scan of the signed copy:</source>
            <translation>&amp;Scan of the signed copy:</translation>
        </message>
        <message>
            <source>Optional: PDF, PNG or JPEG; it can be attached later too</source>
            <translation>Optional: PDF, PNG or JPEG; it can be attached later too</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
    </context>
    <context>
        <name>StatusWorkflow</name>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>in review</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>The meeting is already %1.</source>
            <translation>The meeting is already %1.</translation>
        </message>
        <message>
            <source>The meeting is %1: going back to draft reopens it, which needs a reason.</source>
            <translation>The meeting is %1: going back to draft reopens it, which needs a reason.</translation>
        </message>
        <message>
            <source>A draft goes to review first.</source>
            <translation>A draft goes to review first.</translation>
        </message>
        <message>
            <source>A meeting in review can be finalised or sent back to draft.</source>
            <translation>A meeting in review can be finalised or sent back to draft.</translation>
        </message>
        <message>
            <source>A final meeting can be signed, or reopened as a draft with a reason.</source>
            <translation>A final meeting can be signed, or reopened as a draft with a reason.</translation>
        </message>
        <message>
            <source>A signed meeting can only be reopened as a draft, with a reason.</source>
            <translation>A signed meeting can only be reopened as a draft, with a reason.</translation>
        </message>
        <message>
            <source>A meeting cannot go from %1 to %2. %3</source>
            <translation>A meeting cannot go from %1 to %2. %3</translation>
        </message>
        <message>
            <source>Only a final or signed meeting is reopened; this one is %1 and can be edited.</source>
            <translation>Only a final or signed meeting is reopened; this one is %1 and can be edited.</translation>
        </message>
        <message>
            <source>Reopening a %1 meeting needs a reason; it is kept in the audit log.</source>
            <translation>Reopening a %1 meeting needs a reason; it is kept in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>VoteValidator</name>
        <message>
            <source>A unanimous vote needs members present; the attendance has none.</source>
            <translation>A unanimous vote needs members present; the attendance has none.</translation>
        </message>
        <message>
            <source>A vote count cannot be negative.</source>
            <translation>A vote count cannot be negative.</translation>
        </message>
        <message>
            <source>Every line of a roll call names the member who voted.</source>
            <translation>Every line of a roll call names the member who voted.</translation>
        </message>
        <message>
            <source>%1 is listed twice in the roll call.</source>
            <translation>%1 is listed twice in the roll call.</translation>
        </message>
        <message>
            <source>%1 votes were counted (for %2, against %3, abstained %4), but only %5 members are present. Correct the counts or the attendance.</source>
            <translation>%1 votes were counted (for %2, against %3, abstained %4), but only %5 members are present. Correct the counts or the attendance.</translation>
        </message>
        <message>
            <source>The vote has no votes counted; enter the counts or choose “unanimously”.</source>
            <translation>The vote has no votes counted; enter the counts or choose “unanimously”.</translation>
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
            <source>Show the decisions register (with --screenshot: its picture).</source>
            <translation>Show the decisions register (with --screenshot: its picture).</translation>
        </message>
        <message>
            <source>A database or a review copy (.bayon, opened read-only) to open, or a meeting (.json) to import.</source>
            <translation>A database or a review copy (.bayon, opened read-only) to open, or a meeting (.json) to import.</translation>
        </message>
    </context>
</TS>
