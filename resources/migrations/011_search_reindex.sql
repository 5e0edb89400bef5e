-- The search index holds more of a meeting than it did: the opening (who
-- convened it, on what basis, the notice to the members), the dissenting
-- opinions and roll calls of the votes, the appendices, and the KPI figures
-- as printed; and a report's body reads as the print reads it. search_stale
-- lists the meetings whose entries in the index were written by an older
-- program; Bayon indexes them again the next time it opens the database for
-- writing and takes them off the list. A later change of what the index
-- holds marks every meeting again with the same INSERT in a migration of its
-- own.
CREATE TABLE search_stale (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE
);
INSERT INTO search_stale (meeting_id) SELECT id FROM meetings;
