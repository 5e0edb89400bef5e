-- Bayon schema 6: votes on agenda items, and the documents attached to a protocol (issue 7).
--
--   * agenda_item_votes and agenda_item_roll_calls: the vote on an agenda item as a
--     whole, as resolution_votes and roll_call_votes hold a resolution's (schema 3).
--     They go with their item (a save replaces them).
--   * meeting_appendices: the documents the protocol attaches ("(ilova qilinadi)"),
--     in the order the text mentions them; part of the signed text.
--
-- Existing meetings keep every row: their items have no votes and they have no
-- appendices. Like the other content of a final or signed meeting, the new rows
-- are locked by triggers (the messages as those of schema 3).

CREATE TABLE agenda_item_votes (
    agenda_item_id  INTEGER PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('counts', 'unanimous', 'roll-call')),
    for_count       INTEGER NOT NULL DEFAULT 0,
    against_count   INTEGER NOT NULL DEFAULT 0,
    abstained_count INTEGER NOT NULL DEFAULT 0,
    opinions        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agenda_item_roll_calls (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item_votes (agenda_item_id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL CHECK (seq >= 0),
    directory_id   INTEGER,
    full_name      TEXT NOT NULL DEFAULT '',
    short_name     TEXT NOT NULL DEFAULT '',
    position       TEXT NOT NULL DEFAULT '',
    organisation   TEXT NOT NULL DEFAULT '',
    choice         TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstained')),
    opinion        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agenda_item_id, seq)
);

CREATE TABLE meeting_appendices (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL CHECK (seq >= 0),
    uid        TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, seq),
    UNIQUE (meeting_id, uid)
);

CREATE TRIGGER agenda_item_votes_locked_insert BEFORE INSERT ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_votes_locked_update BEFORE UPDATE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_votes_locked_delete BEFORE DELETE ON agenda_item_votes
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_roll_calls_locked_insert BEFORE INSERT ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_roll_calls_locked_update BEFORE UPDATE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = new.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER agenda_item_roll_calls_locked_delete BEFORE DELETE ON agenda_item_roll_calls
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = (SELECT meeting_id FROM agenda_items WHERE id = old.agenda_item_id) AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the votes of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_appendices_locked_insert BEFORE INSERT ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_appendices_locked_update BEFORE UPDATE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
    OR EXISTS (SELECT 1 FROM meetings WHERE id = new.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;

CREATE TRIGGER meeting_appendices_locked_delete BEFORE DELETE ON meeting_appendices
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = old.meeting_id AND status IN ('final', 'signed'))
BEGIN
    SELECT RAISE(ABORT, 'Bayon: the appendices of a final or signed meeting cannot be changed: its protocol is locked. Reopen the meeting in Bayon, with a reason, to correct it.');
END;
