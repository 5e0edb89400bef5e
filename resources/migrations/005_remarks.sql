-- Bayon schema 5: members' remarks, imported by the secretary (issue 9).
--
--   * remarks: one row per remark a member wrote in a review copy and sent
--     back in a remarks file ("bayon-remarks"). uid is the remark's own id,
--     made when it was written: UNIQUE, so importing the same file twice (or
--     two files that share remarks) adds nothing the second time. Remarks of
--     several members stand side by side.
--     revision: the meeting's revision the member read. part_kind and
--     part_position name the part as the member saw it ("report" and "2.1";
--     "" for the meeting as a whole), part_uid is the stable id of that part
--     (of the report, for a KPI row; NULL for the meeting), part_text its text
--     then, so that the editor can show a part that has since moved or
--     changed. state is the secretary's: open until marked accepted, rejected
--     or noted. review_copy_id: the review copy it was written in.
--     Moments are UTC, yyyy-MM-ddTHH:mm:ss.zzzZ.
--   Remarks are not part of the protocol: they stay beside a final or signed
--   meeting, whose lock does not cover them, and go with a meeting removed.

CREATE TABLE remarks (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    meeting_id       INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    review_copy_id   TEXT NOT NULL,
    reviewer         TEXT NOT NULL,
    revision         INTEGER NOT NULL CHECK (revision >= 0),
    part_kind        TEXT NOT NULL
                     CHECK (part_kind IN ('meeting', 'agenda', 'report', 'kpi', 'resolution')),
    part_position    TEXT NOT NULL,
    part_uid         TEXT,
    part_text        TEXT NOT NULL,
    text             TEXT NOT NULL CHECK (text <> ''),
    written_at       TEXT,
    state            TEXT NOT NULL DEFAULT 'open'
                     CHECK (state IN ('open', 'accepted', 'rejected', 'noted')),
    imported_at      TEXT NOT NULL,
    state_changed_at TEXT,
    state_changed_by TEXT NOT NULL DEFAULT ''
);

CREATE INDEX remarks_meeting ON remarks (meeting_id, id);
