-- Bayon schema 3: councils, their templates, the protocol's form, votes (issue 7).
--
--   * councils: the bodies whose meetings the database keeps (a council and its
--     commissions, a supervisory board), with their members and terms
--     (council_members) and their template (council_templates: the fixed
--     wording, the approval block, the seal, the attendee-list threshold, the
--     numbering, the quorum rule).
--   * meetings gains the body it belongs to (council_id), the form its protocol
--     is printed in, the opening (end time, who convened it, on what basis, the
--     notice) and the members' count for the quorum.
--   * meetings.template: the template the protocol is printed with, as the JSON
--     of docs/interchange.md ("template"); NULL is the default template. While a
--     meeting of a body is a draft or in review, Bayon keeps it equal to the
--     body's current template (a template edit rewrites it, and every save and
--     load takes the body's); once final or signed, it stays as it was
--     finalised with, and the lock below keeps it so.
--   * resolution_votes and roll_call_votes: the vote on a resolution; a roll
--     call names each member (as printed) with the vote and any dissenting
--     opinion. They go with their resolution (a save replaces them).
--
-- Existing meetings keep every row: they belong to no body, print in the
-- narrative form with the default template, and have no votes.
--
-- The lock of schema 2 is extended to the new content columns and tables: the
-- trigger meetings_locked_update is made again with the new columns (its other
-- conditions copied from 002_lifecycle.sql as they are).

CREATE TABLE councils (
    id           INTEGER PRIMARY KEY,
    full_name    TEXT NOT NULL CHECK (full_name <> ''),
    organisation TEXT NOT NULL DEFAULT '',
    short_name   TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    emblem       BLOB,  -- PNG or JPEG bytes; NULL when none
    default_form TEXT NOT NULL DEFAULT 'narrative' CHECK (default_form IN ('full', 'short', 'narrative')),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE council_members (
    id           INTEGER PRIMARY KEY,
    council_id   INTEGER NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    directory_id INTEGER,
    full_name    TEXT NOT NULL DEFAULT '',
    short_name   TEXT NOT NULL DEFAULT '',
    position     TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'chair', 'secretary')),
    term_from    TEXT CHECK (term_from IS NULL OR term_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    term_to      TEXT CHECK (term_to IS NULL OR term_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK (term_from IS NULL OR term_to IS NULL OR term_from <= term_to),
    UNIQUE (council_id, seq)
);

CREATE TABLE council_templates (
    council_id           INTEGER PRIMARY KEY REFERENCES councils (id) ON DELETE CASCADE,
    title_line           TEXT NOT NULL,
    resolution_formula   TEXT NOT NULL,
    chair_title          TEXT NOT NULL,
    secretary_title      TEXT NOT NULL,
    members_label        TEXT NOT NULL,
    approval_enabled     INTEGER NOT NULL DEFAULT 0 CHECK (approval_enabled IN (0, 1)),
    approval_position    TEXT NOT NULL DEFAULT '',
    approval_name        TEXT NOT NULL DEFAULT '',
    seal_mark            INTEGER NOT NULL DEFAULT 0 CHECK (seal_mark IN (0, 1)),
    attendee_threshold   INTEGER NOT NULL DEFAULT 0 CHECK (attendee_threshold >= 0),
    numbering            TEXT NOT NULL DEFAULT 'sign' CHECK (numbering IN ('sign', 'suffix')),
    resolution_numbering TEXT NOT NULL DEFAULT 'per-item' CHECK (resolution_numbering IN ('per-item', 'continuous')),
    quorum_kind          TEXT NOT NULL DEFAULT 'more-than-half' CHECK (quorum_kind IN ('more-than-half', 'two-thirds', 'fixed')),
    quorum_count         INTEGER NOT NULL DEFAULT 0 CHECK (quorum_count >= 0)
);

ALTER TABLE meetings ADD COLUMN council_id INTEGER REFERENCES councils (id);
ALTER TABLE meetings ADD COLUMN protocol_form TEXT NOT NULL DEFAULT 'narrative'
    CHECK (protocol_form IN ('full', 'short', 'narrative'));
ALTER TABLE meetings ADD COLUMN end_time TEXT;
ALTER TABLE meetings ADD COLUMN convened_by TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN notification TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0 CHECK (member_count >= 0);
ALTER TABLE meetings ADD COLUMN template TEXT;
-- The next number of a body in a year, and a body's drafts for a template edit.
CREATE INDEX meetings_council ON meetings (council_id, date);

CREATE TABLE resolution_votes (
    resolution_id   INTEGER PRIMARY KEY REFERENCES resolutions (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('counts', 'unanimous', 'roll-call')),
    for_count       INTEGER NOT NULL DEFAULT 0,
    against_count   INTEGER NOT NULL DEFAULT 0,
    abstained_count INTEGER NOT NULL DEFAULT 0,
    opinions        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roll_call_votes (
    resolution_id INTEGER NOT NULL REFERENCES resolution_votes (resolution_id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    directory_id  INTEGER,
    full_name     TEXT NOT NULL DEFAULT '',
    short_name    TEXT NOT NULL DEFAULT '',
    position      TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    choice        TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstained')),
    opinion       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (resolution_id, seq)
);

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
    SELECT RAISE(ABORT, 'Bayon: the header of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_votes_locked_insert BEFORE INSERT ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_votes_locked_update BEFORE UPDATE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER resolution_votes_locked_delete BEFORE DELETE ON resolution_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER roll_call_votes_locked_insert BEFORE INSERT ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER roll_call_votes_locked_update BEFORE UPDATE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = new.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER roll_call_votes_locked_delete BEFORE DELETE ON roll_call_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM resolutions WHERE id = old.resolution_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;
