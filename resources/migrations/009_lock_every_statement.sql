-- Bayon schema 9: the lock below the program holds against every statement
-- (issue 18).
--
-- The triggers of schemas 2 to 7 watched INSERT, UPDATE and DELETE, but a
-- statement may remove a row without a DELETE: INSERT OR REPLACE (and REPLACE,
-- and UPDATE OR REPLACE) deletes the row whose key the new one takes, and
-- fires no DELETE trigger unless PRAGMA recursive_triggers is on. So one
-- "INSERT OR REPLACE INTO meetings … 'draft' …" unlocked a signed meeting
-- without a trace. An UPSERT (INSERT … ON CONFLICT DO UPDATE) runs the UPDATE
-- triggers, which hold. Here:
--
--   * meetings_locked_replace, and <table>_locked_replace on every table of a
--     meeting's text, on its revisions, attachments and follow-up history:
--     an INSERT whose primary key or UNIQUE key is already taken by a row of a
--     final or signed meeting is refused before SQLite can replace that row.
--     <table>_locked_displace does the same for an UPDATE that gives a row the
--     key of a locked meeting's row (UPDATE OR REPLACE). The revisions are kept
--     for every meeting (as schema 2 refuses deleting one), and so are the
--     lines of audit_log (audit_log_no_replace).
--   * meetings_locked_update: no column of a final or signed meeting changes
--     while its status stays, the revision and updated_at included (the
--     revision is printed in the footer). When the status changes (with its
--     audit line, see meetings_status_audited) only the status, the revision,
--     updated_at, signed_on and, when it goes back to draft, control_hash
--     change. The follow-up of a signed meeting lives in resolutions
--     (follow_up_status, status_note) and follow_up_history, which stay
--     writable; new attachments too.
--   * Every refusal is a sentence again. Schema 7 made SQLite's JSON path
--     parser carry a message naming the meeting, but the user then read
--     "JSON path error near 'Bayon: …'". SQLite 3.40 (Debian 12) takes only a
--     literal in RAISE(), and no function of it raises an error with its
--     argument as the whole message, so the refusals say "a final or signed
--     meeting" and the part, and the statement that was refused tells which
--     meeting; Bayon itself names the meeting before any SQL. Each trigger of
--     schema 7 is made again with the same name, event and WHEN condition;
--     only its body differs. The view locked_meeting_label stays, unused by
--     the triggers, for what reads it.
--
-- A later migration that adds a column to meetings adds it to
-- meetings_locked_update, and one that adds a key to a locked table adds it to
-- that table's _locked_replace and _locked_displace.

CREATE TRIGGER meetings_locked_replace BEFORE INSERT ON meetings
WHEN EXISTS (SELECT 1 FROM meetings c WHERE c.id = new.id AND c.status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meetings_locked_displace BEFORE UPDATE ON meetings
WHEN new.id IS NOT old.id
    AND EXISTS (SELECT 1 FROM meetings c WHERE c.id = new.id AND c.status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meetings_locked_update;
CREATE TRIGGER meetings_locked_update BEFORE UPDATE ON meetings
WHEN old.status IN ('final', 'signed')
    AND (new.id IS NOT old.id
     OR new.council_name IS NOT old.council_name
     OR new.number IS NOT old.number
     OR new.date IS NOT old.date
     OR new.start_time IS NOT old.start_time
     OR new.place IS NOT old.place
     OR new.form IS NOT old.form
     OR new.title IS NOT old.title
     OR new.chair_id IS NOT old.chair_id
     OR new.secretary_id IS NOT old.secretary_id
     OR new.created_at IS NOT old.created_at
     OR new.council_id IS NOT old.council_id
     OR new.protocol_form IS NOT old.protocol_form
     OR new.end_time IS NOT old.end_time
     OR new.convened_by IS NOT old.convened_by
     OR new.basis IS NOT old.basis
     OR new.notification IS NOT old.notification
     OR new.member_count IS NOT old.member_count
     OR new.template IS NOT old.template
     OR (new.control_hash IS NOT old.control_hash AND new.status <> 'draft')
     OR (new.status IS old.status
         AND (new.revision IS NOT old.revision
           OR new.updated_at IS NOT old.updated_at
           OR new.signed_on IS NOT old.signed_on)))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the header of a final or signed meeting, its revision and its time of change cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log c WHERE c.id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the audit log is kept as written; a line cannot be replaced by another.');
END;

DROP TRIGGER agenda_item_roll_calls_locked_delete;
CREATE TRIGGER agenda_item_roll_calls_locked_delete BEFORE DELETE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_item_roll_calls_locked_insert;
CREATE TRIGGER agenda_item_roll_calls_locked_insert BEFORE INSERT ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_item_roll_calls_locked_update;
CREATE TRIGGER agenda_item_roll_calls_locked_update BEFORE UPDATE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_item_votes_locked_delete;
CREATE TRIGGER agenda_item_votes_locked_delete BEFORE DELETE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_item_votes_locked_insert;
CREATE TRIGGER agenda_item_votes_locked_insert BEFORE INSERT ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_item_votes_locked_update;
CREATE TRIGGER agenda_item_votes_locked_update BEFORE UPDATE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_items_locked_delete;
CREATE TRIGGER agenda_items_locked_delete BEFORE DELETE ON agenda_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_items_locked_insert;
CREATE TRIGGER agenda_items_locked_insert BEFORE INSERT ON agenda_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER agenda_items_locked_update;
CREATE TRIGGER agenda_items_locked_update BEFORE UPDATE ON agenda_items
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER attachments_locked_delete;
CREATE TRIGGER attachments_locked_delete BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attachments of a final or signed meeting cannot be removed.');
END;

DROP TRIGGER attendance_locked_delete;
CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER attendance_locked_insert;
CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER attendance_locked_update;
CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER discussion_participants_locked_delete;
CREATE TRIGGER discussion_participants_locked_delete BEFORE DELETE ON discussion_participants
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER discussion_participants_locked_insert;
CREATE TRIGGER discussion_participants_locked_insert BEFORE INSERT ON discussion_participants
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER discussion_participants_locked_update;
CREATE TRIGGER discussion_participants_locked_update BEFORE UPDATE ON discussion_participants
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER kpi_rows_locked_delete;
CREATE TRIGGER kpi_rows_locked_delete BEFORE DELETE ON kpi_rows
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER kpi_rows_locked_insert;
CREATE TRIGGER kpi_rows_locked_insert BEFORE INSERT ON kpi_rows
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER kpi_rows_locked_update;
CREATE TRIGGER kpi_rows_locked_update BEFORE UPDATE ON kpi_rows
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER kpi_tables_locked_delete;
CREATE TRIGGER kpi_tables_locked_delete BEFORE DELETE ON kpi_tables
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER kpi_tables_locked_insert;
CREATE TRIGGER kpi_tables_locked_insert BEFORE INSERT ON kpi_tables
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER kpi_tables_locked_update;
CREATE TRIGGER kpi_tables_locked_update BEFORE UPDATE ON kpi_tables
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_appendices_locked_delete;
CREATE TRIGGER meeting_appendices_locked_delete BEFORE DELETE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_appendices_locked_insert;
CREATE TRIGGER meeting_appendices_locked_insert BEFORE INSERT ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_appendices_locked_update;
CREATE TRIGGER meeting_appendices_locked_update BEFORE UPDATE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_persons_locked_delete;
CREATE TRIGGER meeting_persons_locked_delete BEFORE DELETE ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_persons_locked_insert;
CREATE TRIGGER meeting_persons_locked_insert BEFORE INSERT ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_persons_locked_update;
CREATE TRIGGER meeting_persons_locked_update BEFORE UPDATE ON meeting_persons
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER meeting_revisions_locked_update;
CREATE TRIGGER meeting_revisions_locked_update BEFORE UPDATE ON meeting_revisions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the revisions of a final or signed meeting cannot be changed.');
END;

DROP TRIGGER meetings_locked_delete;
CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings
WHEN old.status IN ('final', 'signed')
BEGIN
    SELECT RAISE(ABORT, 'Bayon: a final or signed meeting cannot be deleted. Reopen it in Bayon, with a reason, first.');
END;

DROP TRIGGER resolution_points_locked_delete;
CREATE TRIGGER resolution_points_locked_delete BEFORE DELETE ON resolution_points
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_points_locked_insert;
CREATE TRIGGER resolution_points_locked_insert BEFORE INSERT ON resolution_points
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_points_locked_update;
CREATE TRIGGER resolution_points_locked_update BEFORE UPDATE ON resolution_points
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_responsible_locked_delete;
CREATE TRIGGER resolution_responsible_locked_delete BEFORE DELETE ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_responsible_locked_insert;
CREATE TRIGGER resolution_responsible_locked_insert BEFORE INSERT ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_responsible_locked_update;
CREATE TRIGGER resolution_responsible_locked_update BEFORE UPDATE ON resolution_responsible
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_votes_locked_delete;
CREATE TRIGGER resolution_votes_locked_delete BEFORE DELETE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_votes_locked_insert;
CREATE TRIGGER resolution_votes_locked_insert BEFORE INSERT ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolution_votes_locked_update;
CREATE TRIGGER resolution_votes_locked_update BEFORE UPDATE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolutions_locked_delete;
CREATE TRIGGER resolutions_locked_delete BEFORE DELETE ON resolutions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolutions_locked_insert;
CREATE TRIGGER resolutions_locked_insert BEFORE INSERT ON resolutions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER resolutions_locked_update;
CREATE TRIGGER resolutions_locked_update BEFORE UPDATE ON resolutions
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
    AND (new.id IS NOT old.id
     OR new.meeting_id IS NOT old.meeting_id
     OR new.seq IS NOT old.seq
     OR new.uid IS NOT old.uid
     OR new.text IS NOT old.text
     OR new.kind IS NOT old.kind
     OR new.addressee IS NOT old.addressee
     OR new.deadline_kind IS NOT old.deadline_kind
     OR new.deadline_date IS NOT old.deadline_date
     OR new.agenda_item_uid IS NOT old.agenda_item_uid)
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER roll_call_votes_locked_delete;
CREATE TRIGGER roll_call_votes_locked_delete BEFORE DELETE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER roll_call_votes_locked_insert;
CREATE TRIGGER roll_call_votes_locked_insert BEFORE INSERT ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER roll_call_votes_locked_update;
CREATE TRIGGER roll_call_votes_locked_update BEFORE UPDATE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER speaker_reports_locked_delete;
CREATE TRIGGER speaker_reports_locked_delete BEFORE DELETE ON speaker_reports
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER speaker_reports_locked_insert;
CREATE TRIGGER speaker_reports_locked_insert BEFORE INSERT ON speaker_reports
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

DROP TRIGGER speaker_reports_locked_update;
CREATE TRIGGER speaker_reports_locked_update BEFORE UPDATE ON speaker_reports
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_roll_calls_locked_replace BEFORE INSERT ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM agenda_item_roll_calls c WHERE ((c.agenda_item_id = new.agenda_item_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_roll_calls_locked_displace BEFORE UPDATE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM agenda_item_roll_calls c WHERE ((c.agenda_item_id = new.agenda_item_id AND c.seq = new.seq)) AND NOT (c.agenda_item_id IS old.agenda_item_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_votes_locked_replace BEFORE INSERT ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM agenda_item_votes c WHERE ((c.agenda_item_id = new.agenda_item_id))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_votes_locked_displace BEFORE UPDATE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM agenda_item_votes c WHERE ((c.agenda_item_id = new.agenda_item_id)) AND NOT (c.agenda_item_id IS old.agenda_item_id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_items_locked_replace BEFORE INSERT ON agenda_items
WHEN EXISTS (SELECT 1 FROM agenda_items c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.uid = new.uid) OR (c.meeting_id = new.meeting_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_items_locked_displace BEFORE UPDATE ON agenda_items
WHEN EXISTS (SELECT 1 FROM agenda_items c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.uid = new.uid) OR (c.meeting_id = new.meeting_id AND c.seq = new.seq)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER attendance_locked_replace BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM attendance c WHERE ((c.meeting_id = new.meeting_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER attendance_locked_displace BEFORE UPDATE ON attendance
WHEN EXISTS (SELECT 1 FROM attendance c WHERE ((c.meeting_id = new.meeting_id AND c.seq = new.seq)) AND NOT (c.meeting_id IS old.meeting_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER discussion_participants_locked_replace BEFORE INSERT ON discussion_participants
WHEN EXISTS (SELECT 1 FROM discussion_participants c WHERE ((c.agenda_item_id = new.agenda_item_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER discussion_participants_locked_displace BEFORE UPDATE ON discussion_participants
WHEN EXISTS (SELECT 1 FROM discussion_participants c WHERE ((c.agenda_item_id = new.agenda_item_id AND c.seq = new.seq)) AND NOT (c.agenda_item_id IS old.agenda_item_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_rows_locked_replace BEFORE INSERT ON kpi_rows
WHEN EXISTS (SELECT 1 FROM kpi_rows c WHERE ((c.kpi_table_id = new.kpi_table_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = c.kpi_table_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_rows_locked_displace BEFORE UPDATE ON kpi_rows
WHEN EXISTS (SELECT 1 FROM kpi_rows c WHERE ((c.kpi_table_id = new.kpi_table_id AND c.seq = new.seq)) AND NOT (c.kpi_table_id IS old.kpi_table_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = c.kpi_table_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_tables_locked_replace BEFORE INSERT ON kpi_tables
WHEN EXISTS (SELECT 1 FROM kpi_tables c WHERE ((c.id = new.id) OR (c.report_id = new.report_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = c.report_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_tables_locked_displace BEFORE UPDATE ON kpi_tables
WHEN EXISTS (SELECT 1 FROM kpi_tables c WHERE ((c.id = new.id) OR (c.report_id = new.report_id AND c.seq = new.seq)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = c.report_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_appendices_locked_replace BEFORE INSERT ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meeting_appendices c WHERE ((c.meeting_id = new.meeting_id AND c.uid = new.uid) OR (c.meeting_id = new.meeting_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_appendices_locked_displace BEFORE UPDATE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meeting_appendices c WHERE ((c.meeting_id = new.meeting_id AND c.uid = new.uid) OR (c.meeting_id = new.meeting_id AND c.seq = new.seq)) AND NOT (c.meeting_id IS old.meeting_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_persons_locked_replace BEFORE INSERT ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meeting_persons c WHERE ((c.id = new.id))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_persons_locked_displace BEFORE UPDATE ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meeting_persons c WHERE ((c.id = new.id)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_points_locked_replace BEFORE INSERT ON resolution_points
WHEN EXISTS (SELECT 1 FROM resolution_points c WHERE ((c.resolution_id = new.resolution_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_points_locked_displace BEFORE UPDATE ON resolution_points
WHEN EXISTS (SELECT 1 FROM resolution_points c WHERE ((c.resolution_id = new.resolution_id AND c.seq = new.seq)) AND NOT (c.resolution_id IS old.resolution_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_responsible_locked_replace BEFORE INSERT ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM resolution_responsible c WHERE ((c.resolution_id = new.resolution_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_responsible_locked_displace BEFORE UPDATE ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM resolution_responsible c WHERE ((c.resolution_id = new.resolution_id AND c.seq = new.seq)) AND NOT (c.resolution_id IS old.resolution_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_votes_locked_replace BEFORE INSERT ON resolution_votes
WHEN EXISTS (SELECT 1 FROM resolution_votes c WHERE ((c.resolution_id = new.resolution_id))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_votes_locked_displace BEFORE UPDATE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM resolution_votes c WHERE ((c.resolution_id = new.resolution_id)) AND NOT (c.resolution_id IS old.resolution_id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolutions_locked_replace BEFORE INSERT ON resolutions
WHEN EXISTS (SELECT 1 FROM resolutions c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.uid = new.uid) OR (c.meeting_id = new.meeting_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolutions_locked_displace BEFORE UPDATE ON resolutions
WHEN EXISTS (SELECT 1 FROM resolutions c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.uid = new.uid) OR (c.meeting_id = new.meeting_id AND c.seq = new.seq)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER roll_call_votes_locked_replace BEFORE INSERT ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM roll_call_votes c WHERE ((c.resolution_id = new.resolution_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER roll_call_votes_locked_displace BEFORE UPDATE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM roll_call_votes c WHERE ((c.resolution_id = new.resolution_id AND c.seq = new.seq)) AND NOT (c.resolution_id IS old.resolution_id AND c.seq IS old.seq)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = c.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER speaker_reports_locked_replace BEFORE INSERT ON speaker_reports
WHEN EXISTS (SELECT 1 FROM speaker_reports c WHERE ((c.id = new.id) OR (c.agenda_item_id = new.agenda_item_id AND c.seq = new.seq))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER speaker_reports_locked_displace BEFORE UPDATE ON speaker_reports
WHEN EXISTS (SELECT 1 FROM speaker_reports c WHERE ((c.id = new.id) OR (c.agenda_item_id = new.agenda_item_id AND c.seq = new.seq)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = c.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be replaced by another row: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_revisions_no_replace BEFORE INSERT ON meeting_revisions
WHEN EXISTS (SELECT 1 FROM meeting_revisions c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.revision = new.revision)))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the revisions of a meeting cannot be replaced: they are kept as they were saved.');
END;

CREATE TRIGGER meeting_revisions_no_displace BEFORE UPDATE ON meeting_revisions
WHEN EXISTS (SELECT 1 FROM meeting_revisions c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.revision = new.revision)) AND NOT (c.id IS old.id))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the revisions of a meeting cannot be replaced: they are kept as they were saved.');
END;

CREATE TRIGGER attachments_locked_replace BEFORE INSERT ON attachments
WHEN EXISTS (SELECT 1 FROM attachments c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.sha256 = new.sha256))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attachments of a final or signed meeting cannot be replaced: they are kept as they were attached.');
END;

CREATE TRIGGER attachments_locked_displace BEFORE UPDATE ON attachments
WHEN EXISTS (SELECT 1 FROM attachments c WHERE ((c.id = new.id) OR (c.meeting_id = new.meeting_id AND c.sha256 = new.sha256)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attachments of a final or signed meeting cannot be replaced: they are kept as they were attached.');
END;

CREATE TRIGGER follow_up_history_locked_replace BEFORE INSERT ON follow_up_history
WHEN EXISTS (SELECT 1 FROM follow_up_history c WHERE ((c.id = new.id))
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the follow-up history of a final or signed meeting cannot be replaced: its steps are kept as they were recorded.');
END;

CREATE TRIGGER follow_up_history_locked_displace BEFORE UPDATE ON follow_up_history
WHEN EXISTS (SELECT 1 FROM follow_up_history c WHERE ((c.id = new.id)) AND NOT (c.id IS old.id)
               AND EXISTS (SELECT 1 FROM meetings WHERE id = c.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the follow-up history of a final or signed meeting cannot be replaced: its steps are kept as they were recorded.');
END;

