-- Bayon schema 4: the identity of a database, and review copies (issue 9).
--
--   * database_identity: one row, the database's own random id (a version 4
--     UUID, lowercase without braces, as SqlSupport::uuid() writes every
--     UUID), made once when the database is created or migrated to this
--     schema. A remarks file names the database it belongs to by this id, so
--     that remarks on another council's copy are refused. Copying the file
--     (a backup) keeps the id: it is the same database.
--   * review_copy: one row in a review copy (a file made by "pack" /
--     File → Export review copy… for members to read offline), none in a
--     council's own database. Bayon opens a file with this row read-only
--     (immutable) whatever it was asked, and never writes to it. A review
--     copy's database_identity holds the same id as its review_copy row.
--     statuses: the stable keys of the statuses chosen, comma-separated in
--     workflow order ("review,final,signed"). period_from/period_to: the
--     period asked for, or the dates of the first and last meeting in it.
--
-- Both rows are kept as written: triggers refuse changing or deleting them,
-- and the CHECK on only_row refuses a second one.

CREATE TABLE database_identity (
    only_row   INTEGER PRIMARY KEY CHECK (only_row = 1),
    id         TEXT NOT NULL CHECK (length(id) = 36 AND id NOT GLOB '*[^0-9a-f-]*'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A version 4 UUID from SQLite's own random bytes: 8-4-4-4-12 hex digits,
-- the version nibble 4, the variant nibble one of 8, 9, a, b.
INSERT INTO database_identity (only_row, id)
VALUES (1, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
           || substr(lower(hex(randomblob(2))), 2) || '-'
           || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2)
           || '-' || lower(hex(randomblob(6))));

CREATE TABLE review_copy (
    only_row           INTEGER PRIMARY KEY CHECK (only_row = 1),
    id                 TEXT NOT NULL CHECK (length(id) = 36 AND id NOT GLOB '*[^0-9a-f-]*'),
    source_database_id TEXT NOT NULL CHECK (length(source_database_id) = 36),
    council            TEXT NOT NULL DEFAULT '',
    period_from        TEXT CHECK (period_from IS NULL OR period_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_to          TEXT CHECK (period_to IS NULL OR period_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    made_at            TEXT NOT NULL,  -- UTC, yyyy-MM-ddTHH:mm:ss.zzzZ
    made_by            TEXT NOT NULL DEFAULT '',
    statuses           TEXT NOT NULL CHECK (statuses <> '')
);

CREATE TRIGGER database_identity_no_update BEFORE UPDATE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the identity of a database is kept as it was made.');
END;

CREATE TRIGGER database_identity_no_delete BEFORE DELETE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the identity of a database is kept as it was made.');
END;

CREATE TRIGGER review_copy_no_update BEFORE UPDATE ON review_copy
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the identity of a review copy is kept as it was made.');
END;

CREATE TRIGGER review_copy_no_delete BEFORE DELETE ON review_copy
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the identity of a review copy is kept as it was made.');
END;
