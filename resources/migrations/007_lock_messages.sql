-- Bayon schema 7: the lock below the program names the meeting (issue 8).
--
-- The triggers of schemas 2, 3 and 6 refuse every change to the content of a
-- final or signed meeting, but their message could only say "a final or
-- signed meeting": SQLite 3.40 (Debian 12, which Qt's QSQLITE driver and the
-- sqlite3 shell use here) takes only a literal in RAISE(). RAISE() with an
-- expression arrives in SQLite 3.47, and a schema using it could no longer be
-- read by an older SQLite, so a file written by Bayon would not open in the
-- tools people have. So each trigger of a locked meeting's content is made
-- again here, with exactly the same name, event and WHEN condition (the text
-- of schemas 2, 3 and 6, word for word); only the refusal differs. It now
-- fails with the error of SQLite's JSON path parser, which carries its
-- argument into the message: json_extract('{}', <text>) with a path that does
-- not start with '$'. An error of a function in a trigger aborts the statement
-- and undoes its changes exactly as RAISE(ABORT) does, and leaves an open
-- transaction open, on every SQLite with JSON built in (3.38 and later). The
-- message arrives prefixed: "JSON path error near 'Bayon: the attendance of
-- meeting № 3 of 2025-06-23 (signed, id 7) cannot be changed: …'" (SQLite
-- 3.45 and later say "bad JSON path: '…'" instead). A single quote in the text
-- would come back doubled, so the messages have none.
--
-- The words naming a meeting are made in one place, the view
-- locked_meeting_label: one row per final or signed meeting (the same test as
-- the WHEN conditions, so a trigger that fires always finds its meeting), with
-- its label and what to do about the lock. For an UPDATE the body looks up the
-- meetings of the row before and after the change, and names the one that is
-- locked (one of them when both are).
--
-- Unchanged, as they are not about one locked meeting's content: the refusal
-- to create a meeting as final or signed, the status that changes only with
-- its audit line, the append-only audit log, the revisions that go only with
-- their meeting, the attachments that are never rewritten, and the identity of
-- a database or review copy. A later migration that changes a trigger here
-- keeps its body's form: json_extract('{}', '<part of> ' || label || ...).

CREATE VIEW locked_meeting_label (meeting_id, label, remedy) AS
SELECT id,
       CASE WHEN number > 0 THEN 'meeting № ' || number ELSE 'meeting (no number)' END
           || ' of ' || coalesce(date, 'no date') || ' (' || status || ', id ' || id || ')',
       'its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.'
FROM meetings
WHERE status IN ('final', 'signed');

DROP TRIGGER meetings_locked_delete;
CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings
WHEN old.status IN ('final', 'signed')
BEGIN
    SELECT json_extract('{}', 'Bayon: ' || label || ' cannot be deleted. Reopen it in Bayon, with a reason, first.')
    FROM locked_meeting_label WHERE meeting_id = old.id;
END;

DROP TRIGGER meeting_revisions_locked_update;
CREATE TRIGGER meeting_revisions_locked_update BEFORE UPDATE ON meeting_revisions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the revisions of ' || label || ' cannot be changed.')
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;

DROP TRIGGER attachments_locked_delete;
CREATE TRIGGER attachments_locked_delete BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the attachments of ' || label || ' cannot be removed.')
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;

DROP TRIGGER meeting_persons_locked_insert;
CREATE TRIGGER meeting_persons_locked_insert BEFORE INSERT ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the persons named in ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = new.meeting_id;
END;

DROP TRIGGER meeting_persons_locked_update;
CREATE TRIGGER meeting_persons_locked_update BEFORE UPDATE ON meeting_persons
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the persons named in ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN (old.meeting_id, new.meeting_id);
END;

DROP TRIGGER meeting_persons_locked_delete;
CREATE TRIGGER meeting_persons_locked_delete BEFORE DELETE ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the persons named in ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;

DROP TRIGGER attendance_locked_insert;
CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the attendance of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = new.meeting_id;
END;

DROP TRIGGER attendance_locked_update;
CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the attendance of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN (old.meeting_id, new.meeting_id);
END;

DROP TRIGGER attendance_locked_delete;
CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the attendance of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;

DROP TRIGGER agenda_items_locked_insert;
CREATE TRIGGER agenda_items_locked_insert BEFORE INSERT ON agenda_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the agenda of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = new.meeting_id;
END;

DROP TRIGGER agenda_items_locked_update;
CREATE TRIGGER agenda_items_locked_update BEFORE UPDATE ON agenda_items
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the agenda of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN (old.meeting_id, new.meeting_id);
END;

DROP TRIGGER agenda_items_locked_delete;
CREATE TRIGGER agenda_items_locked_delete BEFORE DELETE ON agenda_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the agenda of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;

DROP TRIGGER discussion_participants_locked_insert;
CREATE TRIGGER discussion_participants_locked_insert BEFORE INSERT ON discussion_participants
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the discussions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id);
END;

DROP TRIGGER discussion_participants_locked_update;
CREATE TRIGGER discussion_participants_locked_update BEFORE UPDATE ON discussion_participants
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the discussions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id), (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id));
END;

DROP TRIGGER discussion_participants_locked_delete;
CREATE TRIGGER discussion_participants_locked_delete BEFORE DELETE ON discussion_participants
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the discussions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id);
END;

DROP TRIGGER speaker_reports_locked_insert;
CREATE TRIGGER speaker_reports_locked_insert BEFORE INSERT ON speaker_reports
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the speaker reports of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id);
END;

DROP TRIGGER speaker_reports_locked_update;
CREATE TRIGGER speaker_reports_locked_update BEFORE UPDATE ON speaker_reports
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the speaker reports of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id), (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id));
END;

DROP TRIGGER speaker_reports_locked_delete;
CREATE TRIGGER speaker_reports_locked_delete BEFORE DELETE ON speaker_reports
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the speaker reports of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id);
END;

DROP TRIGGER kpi_tables_locked_insert;
CREATE TRIGGER kpi_tables_locked_insert BEFORE INSERT ON kpi_tables
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the KPI tables of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id);
END;

DROP TRIGGER kpi_tables_locked_update;
CREATE TRIGGER kpi_tables_locked_update BEFORE UPDATE ON kpi_tables
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the KPI tables of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id), (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id));
END;

DROP TRIGGER kpi_tables_locked_delete;
CREATE TRIGGER kpi_tables_locked_delete BEFORE DELETE ON kpi_tables
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the KPI tables of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id);
END;

DROP TRIGGER kpi_rows_locked_insert;
CREATE TRIGGER kpi_rows_locked_insert BEFORE INSERT ON kpi_rows
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the KPI rows of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id);
END;

DROP TRIGGER kpi_rows_locked_update;
CREATE TRIGGER kpi_rows_locked_update BEFORE UPDATE ON kpi_rows
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the KPI rows of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id), (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id));
END;

DROP TRIGGER kpi_rows_locked_delete;
CREATE TRIGGER kpi_rows_locked_delete BEFORE DELETE ON kpi_rows
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the KPI rows of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id);
END;

DROP TRIGGER resolutions_locked_insert;
CREATE TRIGGER resolutions_locked_insert BEFORE INSERT ON resolutions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the resolutions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = new.meeting_id;
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
    SELECT json_extract('{}', 'Bayon: the resolutions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN (old.meeting_id, new.meeting_id);
END;

DROP TRIGGER resolutions_locked_delete;
CREATE TRIGGER resolutions_locked_delete BEFORE DELETE ON resolutions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the resolutions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;

DROP TRIGGER resolution_points_locked_insert;
CREATE TRIGGER resolution_points_locked_insert BEFORE INSERT ON resolution_points
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the resolutions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id);
END;

DROP TRIGGER resolution_points_locked_update;
CREATE TRIGGER resolution_points_locked_update BEFORE UPDATE ON resolution_points
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the resolutions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM resolutions WHERE id = old.resolution_id), (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id));
END;

DROP TRIGGER resolution_points_locked_delete;
CREATE TRIGGER resolution_points_locked_delete BEFORE DELETE ON resolution_points
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the resolutions of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id);
END;

DROP TRIGGER resolution_responsible_locked_insert;
CREATE TRIGGER resolution_responsible_locked_insert BEFORE INSERT ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the responsible persons of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id);
END;

DROP TRIGGER resolution_responsible_locked_update;
CREATE TRIGGER resolution_responsible_locked_update BEFORE UPDATE ON resolution_responsible
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT json_extract('{}', 'Bayon: the responsible persons of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM resolutions WHERE id = old.resolution_id), (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id));
END;

DROP TRIGGER resolution_responsible_locked_delete;
CREATE TRIGGER resolution_responsible_locked_delete BEFORE DELETE ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the responsible persons of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id);
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
     OR (new.signed_on IS NOT old.signed_on AND new.status IS old.status))
BEGIN
    SELECT json_extract('{}', 'Bayon: the header of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = old.id;
END;

DROP TRIGGER resolution_votes_locked_insert;
CREATE TRIGGER resolution_votes_locked_insert BEFORE INSERT ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id);
END;

DROP TRIGGER resolution_votes_locked_update;
CREATE TRIGGER resolution_votes_locked_update BEFORE UPDATE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM resolutions WHERE id = old.resolution_id), (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id));
END;

DROP TRIGGER resolution_votes_locked_delete;
CREATE TRIGGER resolution_votes_locked_delete BEFORE DELETE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id);
END;

DROP TRIGGER roll_call_votes_locked_insert;
CREATE TRIGGER roll_call_votes_locked_insert BEFORE INSERT ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id);
END;

DROP TRIGGER roll_call_votes_locked_update;
CREATE TRIGGER roll_call_votes_locked_update BEFORE UPDATE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM resolutions WHERE id = old.resolution_id), (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id));
END;

DROP TRIGGER roll_call_votes_locked_delete;
CREATE TRIGGER roll_call_votes_locked_delete BEFORE DELETE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id);
END;

DROP TRIGGER agenda_item_votes_locked_insert;
CREATE TRIGGER agenda_item_votes_locked_insert BEFORE INSERT ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id);
END;

DROP TRIGGER agenda_item_votes_locked_update;
CREATE TRIGGER agenda_item_votes_locked_update BEFORE UPDATE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id), (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id));
END;

DROP TRIGGER agenda_item_votes_locked_delete;
CREATE TRIGGER agenda_item_votes_locked_delete BEFORE DELETE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id);
END;

DROP TRIGGER agenda_item_roll_calls_locked_insert;
CREATE TRIGGER agenda_item_roll_calls_locked_insert BEFORE INSERT ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id);
END;

DROP TRIGGER agenda_item_roll_calls_locked_update;
CREATE TRIGGER agenda_item_roll_calls_locked_update BEFORE UPDATE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN ((SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id), (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id));
END;

DROP TRIGGER agenda_item_roll_calls_locked_delete;
CREATE TRIGGER agenda_item_roll_calls_locked_delete BEFORE DELETE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the votes of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id);
END;

DROP TRIGGER meeting_appendices_locked_insert;
CREATE TRIGGER meeting_appendices_locked_insert BEFORE INSERT ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the appendices of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = new.meeting_id;
END;

DROP TRIGGER meeting_appendices_locked_update;
CREATE TRIGGER meeting_appendices_locked_update BEFORE UPDATE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the appendices of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id IN (old.meeting_id, new.meeting_id);
END;

DROP TRIGGER meeting_appendices_locked_delete;
CREATE TRIGGER meeting_appendices_locked_delete BEFORE DELETE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT json_extract('{}', 'Bayon: the appendices of ' || label || ' cannot be changed: ' || remedy)
    FROM locked_meeting_label WHERE meeting_id = old.meeting_id;
END;
