-- Bayon schema 12: a review copy is sealed.
--
--   * review_copy.seal: the SHA-256 (64 lower-case hex digits) over every row
--     of every table of the copy but review_copy itself, taken when the copy
--     is packed (ReviewCopySeal). Bayon takes it again when the copy is
--     opened: a copy changed after packing (a meeting edited with the sqlite3
--     shell) no longer has its seal, and is reported so. NULL only in a
--     council's own database, which has no review_copy row.

ALTER TABLE review_copy ADD COLUMN seal TEXT
    CHECK (seal IS NULL OR (length(seal) = 64 AND seal NOT GLOB '*[^0-9a-f]*'));
