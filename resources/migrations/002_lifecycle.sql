-- Bayon schema 2: the lifecycle of a protocol (issue 8).
--
--   * meetings.control_hash: the SHA-256 of the canonical content (ControlCode),
--     stored when the meeting is finalised; its first 16 hex digits are printed
--     on every page. meetings.signed_on: the day the paper copy was signed.
--   * audit_log: every transition, reopening, restore, attachment added or
--     removed, and import of a locked meeting, written
--     in the same transaction as the change; append-only.
--   * meeting_revisions: the state after every save, as compressed interchange
--     JSON (qCompress: a 4-byte big-endian length, then a zlib stream) with the
--     time, the author and the hash of its content. Autosaves by one author
--     within ten minutes of the first of them share one row.
--   * follow_up_history: the dated steps of each resolution's follow-up, keyed
--     by the resolution's uid (resolution rows are replaced by every save).
--   * attachments: files kept with a meeting (the scan of the signed copy),
--     with their SHA-256.
--
-- The lock below the program: triggers refuse every INSERT, UPDATE and DELETE
-- of the content of a final or signed meeting, in every table of its text, made
-- by any program, with a message that says so. (SQLite 3.40, which Debian 12
-- ships, takes only a literal in RAISE(), so the message names the part and the
-- state; Bayon's own refusal, before any SQL, names the meeting.) What stays
-- writable: the follow-up columns of resolutions (follow_up_status,
-- status_note), follow_up_history, new attachments, the meeting's revision and
-- updated_at, the search index (derived from the text), and the status itself,
-- which changes only together with its audit line, written first. A later
-- migration that adds a content column to a locked table (a council_id, say)
-- adds it to the trigger of that table.

ALTER TABLE meetings ADD COLUMN control_hash TEXT
    CHECK (control_hash IS NULL OR (length(control_hash) = 64 AND control_hash NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE meetings ADD COLUMN signed_on TEXT
    CHECK (signed_on IS NULL OR signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,  -- UTC, yyyy-MM-ddTHH:mm:ss.zzzZ
    user_name    TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL CHECK (action IN ('transition', 'reopen', 'restore', 'attach', 'detach', 'import')),
    from_status  TEXT CHECK (from_status IS NULL OR from_status IN ('draft', 'review', 'final', 'signed')),
    to_status    TEXT CHECK (to_status IS NULL OR to_status IN ('draft', 'review', 'final', 'signed')),
    revision     INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    control_hash TEXT,
    -- The workflow, kept by the file too (src/domain/statusworkflow.cpp).
    CHECK (action <> 'transition'
        OR (from_status = 'draft' AND to_status = 'review')
        OR (from_status = 'review' AND to_status IN ('draft', 'final'))
        OR (from_status = 'final' AND to_status = 'signed')),
    CHECK (action <> 'reopen'
        OR (from_status IN ('final', 'signed') AND to_status = 'draft' AND trim(note) <> '')),
    CHECK (action <> 'import' OR (from_status = 'draft' AND to_status IN ('review', 'final', 'signed')))
);
CREATE INDEX audit_log_meeting ON audit_log (meeting_id, id);

CREATE TABLE meeting_revisions (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    revision       INTEGER NOT NULL CHECK (revision >= 1),
    kind           TEXT NOT NULL
                   CHECK (kind IN ('create', 'save', 'autosave', 'transition', 'reopen', 'restore')),
    status         TEXT NOT NULL CHECK (status IN ('draft', 'review', 'final', 'signed')),
    author         TEXT NOT NULL DEFAULT '',
    first_saved_at TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    autosaves      INTEGER NOT NULL DEFAULT 0,
    content_hash   TEXT NOT NULL,
    snapshot       BLOB NOT NULL,
    UNIQUE (meeting_id, revision)
);
CREATE INDEX meeting_revisions_content ON meeting_revisions (content_hash);

CREATE TABLE follow_up_history (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    resolution_uid TEXT NOT NULL,
    date           TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status         TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
    note           TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL
);
CREATE INDEX follow_up_history_resolution ON follow_up_history (meeting_id, resolution_uid, id);

CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (name <> ''),
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL CHECK (size = length(data)),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL DEFAULT '',
    -- Last, so that listing the attachments never reads their bytes.
    data       BLOB NOT NULL,
    UNIQUE (meeting_id, sha256)
);

-- The meeting itself: created as a draft; once final or signed, no column of
-- its text changes, and it cannot be deleted.
CREATE TRIGGER meetings_locked_insert BEFORE INSERT ON meetings
WHEN new.status IN ('final', 'signed')
BEGIN
    SELECT RAISE(ABORT, 'Bayon: a meeting is created as a draft; it becomes final or signed through its lifecycle, with a line in audit_log.');
END;

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
     OR (new.control_hash IS NOT old.control_hash AND new.status <> 'draft')
     OR (new.signed_on IS NOT old.signed_on AND new.status IS old.status))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the header of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings
WHEN old.status IN ('final', 'signed')
BEGIN
    SELECT RAISE(ABORT, 'Bayon: a final or signed meeting cannot be deleted. Reopen it in Bayon, with a reason, first.');
END;

-- A status changes only together with its audit line: the newest line of the
-- meeting must say this change and the revision it makes.
CREATE TRIGGER meetings_status_audited BEFORE UPDATE OF status ON meetings
WHEN new.status IS NOT old.status
    AND NOT EXISTS (SELECT 1 FROM audit_log
                    WHERE id = (SELECT max(id) FROM audit_log WHERE meeting_id = old.id)
                      AND from_status = old.status AND to_status = new.status
                      AND revision = new.revision)
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the status of a meeting changes only with its line in audit_log (from, to and the new revision), written first.');
END;

-- The history is kept as written: an audit line goes only with its meeting;
-- a revision is never rewritten once the meeting is locked.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the audit log is kept as written; its lines cannot be changed.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the audit log is kept as written; its lines go only with their meeting.');
END;

CREATE TRIGGER meeting_revisions_locked_update BEFORE UPDATE ON meeting_revisions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the revisions of a final or signed meeting cannot be changed.');
END;

CREATE TRIGGER meeting_revisions_no_delete BEFORE DELETE ON meeting_revisions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the revisions of a meeting are kept; they go only with their meeting.');
END;

-- Attachments are kept as attached; a signed meeting may get new ones (its
-- scan) but loses none.
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'Bayon: an attachment is kept as it was attached; add the new file instead.');
END;

CREATE TRIGGER attachments_locked_delete BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attachments of a final or signed meeting cannot be removed.');
END;

-- Every table of the protocol's text. A row belongs to the meeting its chain
-- of parents leads to; an UPDATE is checked against the meeting before and
-- after. In resolutions only the text columns are locked: the follow-up
-- (follow_up_status, status_note) stays writable on a signed meeting.
CREATE TRIGGER meeting_persons_locked_insert BEFORE INSERT ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_persons_locked_update BEFORE UPDATE ON meeting_persons
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_persons_locked_delete BEFORE DELETE ON meeting_persons
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the persons named in a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the attendance of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_items_locked_insert BEFORE INSERT ON agenda_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_items_locked_update BEFORE UPDATE ON agenda_items
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_items_locked_delete BEFORE DELETE ON agenda_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the agenda of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER discussion_participants_locked_insert BEFORE INSERT ON discussion_participants
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER discussion_participants_locked_update BEFORE UPDATE ON discussion_participants
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER discussion_participants_locked_delete BEFORE DELETE ON discussion_participants
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the discussions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER speaker_reports_locked_insert BEFORE INSERT ON speaker_reports
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER speaker_reports_locked_update BEFORE UPDATE ON speaker_reports
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER speaker_reports_locked_delete BEFORE DELETE ON speaker_reports
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the speaker reports of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_tables_locked_insert BEFORE INSERT ON kpi_tables
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_tables_locked_update BEFORE UPDATE ON kpi_tables
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = new.report_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_tables_locked_delete BEFORE DELETE ON kpi_tables
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.id = old.report_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI tables of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_rows_locked_insert BEFORE INSERT ON kpi_rows
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_rows_locked_update BEFORE UPDATE ON kpi_rows
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = new.kpi_table_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER kpi_rows_locked_delete BEFORE DELETE ON kpi_rows
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT a.meeting_id FROM kpi_tables t JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id WHERE t.id = old.kpi_table_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the KPI rows of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolutions_locked_insert BEFORE INSERT ON resolutions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

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

CREATE TRIGGER resolutions_locked_delete BEFORE DELETE ON resolutions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_points_locked_insert BEFORE INSERT ON resolution_points
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_points_locked_update BEFORE UPDATE ON resolution_points
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_points_locked_delete BEFORE DELETE ON resolution_points
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the resolutions of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_responsible_locked_insert BEFORE INSERT ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_responsible_locked_update BEFORE UPDATE ON resolution_responsible
WHEN (EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed')) OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed')))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_responsible_locked_delete BEFORE DELETE ON resolution_responsible
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the responsible persons of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;
