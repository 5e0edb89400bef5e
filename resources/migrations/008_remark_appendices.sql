-- Bayon schema 8: a member's remark may be about a document attached to the
-- protocol (issue 9).
--
--   * remarks.part_kind takes 'appendix' too ("appendix 2": the second of the
--     meeting's appendices, followed by its uid as the other parts are).
--     SQLite cannot change a CHECK in place, so the table is made again with
--     the same columns, every row copied as it is, and its index made again.
--     Nothing refers to remarks, and no trigger is on it.

CREATE TABLE remarks_new (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    meeting_id       INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    review_copy_id   TEXT NOT NULL,
    reviewer         TEXT NOT NULL,
    revision         INTEGER NOT NULL CHECK (revision >= 0),
    part_kind        TEXT NOT NULL
                     CHECK (part_kind IN ('meeting', 'agenda', 'report', 'kpi', 'resolution',
                                          'appendix')),
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

INSERT INTO remarks_new (id, uid, meeting_id, review_copy_id, reviewer, revision, part_kind,
                         part_position, part_uid, part_text, text, written_at, state,
                         imported_at, state_changed_at, state_changed_by)
SELECT id, uid, meeting_id, review_copy_id, reviewer, revision, part_kind, part_position,
       part_uid, part_text, text, written_at, state, imported_at, state_changed_at,
       state_changed_by
FROM remarks;

DROP TABLE remarks;

ALTER TABLE remarks_new RENAME TO remarks;

CREATE INDEX remarks_meeting ON remarks (meeting_id, id);
