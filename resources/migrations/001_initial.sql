-- Bayon schema 1: meetings and everything their protocols say, the directory of
-- persons, and the full-text index.
--
-- Conventions (later migrations follow them):
--   * Texts are NOT NULL DEFAULT '' so that "empty" has one spelling.
--   * Dates are ISO 8601 text (yyyy-MM-dd), times HH:mm:ss.zzz; NULL when not set.
--   * Enumerations store the stable keys of src/domain/enums.h, checked here.
--   * Order is a 0-based "seq" column; numbers as printed (I, II, 1., 2.) are
--     derived from it and never stored.
--   * A meeting keeps its own copy of each person it names (meeting_persons),
--     so a later change in the directory never changes a protocol already
--     written. directory_id links a copy back to the directory; it is a soft
--     link (no foreign key) because meetings travel between databases and a
--     frozen protocol must not change when a directory entry is removed.
--   * Every child row hangs off its meeting with ON DELETE CASCADE, so deleting
--     a meeting deletes all of it, including its rows in the search index.
-- The script runs inside one transaction; the migrator sets user_version.
--
-- Room for what comes next, without rewriting these tables: a councils table
-- (meetings.council_name stays the name as printed, a council_id may join
-- it), meeting_revisions and audit_log keyed by meetings.id and revision, and
-- triggers that refuse changes to final and signed meetings except to the
-- follow-up columns of their resolutions.

CREATE TABLE persons (
    id           INTEGER PRIMARY KEY,
    full_name    TEXT NOT NULL CHECK (full_name <> ''),
    short_name   TEXT NOT NULL DEFAULT '',
    position     TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    -- Checked and incremented by every save: a stale copy is refused.
    revision     INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    council_name TEXT NOT NULL DEFAULT '',
    number       INTEGER NOT NULL DEFAULT 0,
    date         TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time   TEXT,
    place        TEXT NOT NULL DEFAULT '',
    form         TEXT NOT NULL DEFAULT 'in-person'
                 CHECK (form IN ('in-person', 'online', 'written-poll')),
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'review', 'final', 'signed')),
    -- Derived from the agenda on save (Meeting::title()), kept so that a list of
    -- thousands of meetings needs no join.
    title        TEXT NOT NULL DEFAULT '',
    -- Deferred: a save replaces the person copies and points here again
    -- before it commits.
    chair_id     INTEGER REFERENCES meeting_persons (id) DEFERRABLE INITIALLY DEFERRED,
    secretary_id INTEGER REFERENCES meeting_persons (id) DEFERRABLE INITIALLY DEFERRED,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX meetings_newest_first ON meetings (date DESC, number DESC, id DESC);
CREATE INDEX meetings_chair ON meetings (chair_id);
CREATE INDEX meetings_secretary ON meetings (secretary_id);

-- The persons a meeting names, as its protocol prints them (each distinct copy once).
CREATE TABLE meeting_persons (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    directory_id INTEGER,
    full_name    TEXT NOT NULL DEFAULT '',
    short_name   TEXT NOT NULL DEFAULT '',
    position     TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_persons_meeting ON meeting_persons (meeting_id);
CREATE INDEX meeting_persons_directory ON meeting_persons (directory_id) WHERE directory_id IS NOT NULL;

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL CHECK (seq >= 0),
    person_id  INTEGER NOT NULL REFERENCES meeting_persons (id),
    role       TEXT NOT NULL CHECK (role IN ('member', 'invited', 'staff')),
    presence   TEXT NOT NULL CHECK (presence IN ('present', 'absent', 'excused')),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, seq)
) WITHOUT ROWID;
CREATE INDEX attendance_person ON attendance (person_id);

CREATE TABLE agenda_items (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL CHECK (seq >= 0),
    uid                TEXT NOT NULL,
    title              TEXT NOT NULL DEFAULT '',
    discussion_summary TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, seq),
    UNIQUE (meeting_id, uid)
);

CREATE TABLE discussion_participants (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL CHECK (seq >= 0),
    person_id      INTEGER NOT NULL REFERENCES meeting_persons (id),
    PRIMARY KEY (agenda_item_id, seq)
) WITHOUT ROWID;
CREATE INDEX discussion_participants_person ON discussion_participants (person_id);

CREATE TABLE speaker_reports (
    id             INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL CHECK (seq >= 0),
    uid            TEXT NOT NULL,
    speaker_id     INTEGER REFERENCES meeting_persons (id),
    lead           TEXT NOT NULL DEFAULT '',
    -- Markdown restricted to paragraphs, "## " headings and "- " bullet lists.
    body           TEXT NOT NULL DEFAULT '',
    UNIQUE (agenda_item_id, seq)
);
CREATE INDEX speaker_reports_speaker ON speaker_reports (speaker_id);

CREATE TABLE kpi_tables (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES speaker_reports (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL CHECK (seq >= 0),
    caption   TEXT NOT NULL DEFAULT '',
    UNIQUE (report_id, seq)
);

CREATE TABLE kpi_rows (
    kpi_table_id  INTEGER NOT NULL REFERENCES kpi_tables (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    indicator     TEXT NOT NULL DEFAULT '',
    value         REAL,   -- NULL when the figure is not a number
    unit          TEXT NOT NULL DEFAULT '',
    period        TEXT NOT NULL DEFAULT '',
    change_kind   TEXT NOT NULL DEFAULT 'none' CHECK (change_kind IN ('none', 'factor', 'percent')),
    change_amount REAL NOT NULL DEFAULT 0,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kpi_table_id, seq)
) WITHOUT ROWID;

CREATE TABLE resolutions (
    id                INTEGER PRIMARY KEY,
    meeting_id        INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL CHECK (seq >= 0),
    uid               TEXT NOT NULL,
    text              TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL
                      CHECK (kind IN ('take-note', 'approve', 'support', 'recommend', 'instruct')),
    addressee         TEXT NOT NULL DEFAULT '',
    deadline_kind     TEXT NOT NULL DEFAULT 'none' CHECK (deadline_kind IN ('none', 'date', 'next-meeting')),
    deadline_date     TEXT,
    -- The follow-up is not part of the signed text: a later lifecycle migration
    -- keeps it writable when the meeting is frozen, and adds dated notes.
    follow_up_status  TEXT NOT NULL DEFAULT 'open'
                      CHECK (follow_up_status IN ('open', 'in-progress', 'done', 'cancelled')),
    status_note       TEXT NOT NULL DEFAULT '',
    -- The agenda item decided on, by its uid (NULL: the meeting as a whole). Not a
    -- foreign key: a draft may still refer to an item just removed, which the
    -- validator reports.
    agenda_item_uid   TEXT,
    UNIQUE (meeting_id, seq),
    UNIQUE (meeting_id, uid)
);

CREATE TABLE resolution_points (
    resolution_id INTEGER NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    text          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (resolution_id, seq)
) WITHOUT ROWID;

-- Responsible persons as printed in parentheses: "(N.Abdullayev)".
CREATE TABLE resolution_responsible (
    resolution_id INTEGER NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    name          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (resolution_id, seq)
) WITHOUT ROWID;

-- Full-text search: one row per part of a meeting ("meeting", "agenda 2",
-- "report 2.1", "kpi 2.1.3", "resolution 3"). search_parts says where a row
-- belongs; search_index holds the text under the same rowid. Texts are stored
-- with normalised apostrophes, and ʻ (U+02BB) and ʼ (U+02BC) stay inside words.
CREATE TABLE search_parts (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    part       TEXT NOT NULL
);
CREATE INDEX search_parts_meeting ON search_parts (meeting_id);

CREATE VIRTUAL TABLE search_index USING fts5 (
    body,
    tokenize = "unicode61 remove_diacritics 2 tokenchars 'ʻʼ'"
);

-- Whoever deletes a part (a save replacing it, a cascade from its meeting, any
-- other program) deletes its text from the index too.
CREATE TRIGGER search_parts_delete AFTER DELETE ON search_parts
BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
END;
