-- Bayon schema 10: the audit log is a hash chain (issue 18).
--
--   * audit_log.content_hash: the control hash (ControlCode) of the meeting's
--     content as the line leaves it: after the transition, reopening, restore
--     or attachment it records.
--   * audit_log.chain_hash: the SHA-256 of the line, its content_hash and the
--     chain_hash of the meeting's line before it (AuditLog writes and checks
--     it; docs/interchange.md has nothing to do with it: it never leaves the
--     database). A line changed, removed or put in between afterwards no
--     longer fits the lines after it, and the newest line of a final or signed
--     meeting must name the content it has now; `bayon-cli verify` names the
--     first line that does not fit.
--
-- SQL has no SHA-256, so the lines written before this schema keep no hash:
-- each meeting's chain starts with its first line written by a Bayon of
-- schema 10 or later, and the lines before it are checked as before (the
-- control hash alone). A line without a hash after one with a hash breaks the
-- chain. The triggers of schema 2 still keep the lines as written.

ALTER TABLE audit_log ADD COLUMN content_hash TEXT
    CHECK (content_hash IS NULL OR (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE audit_log ADD COLUMN chain_hash TEXT
    CHECK (chain_hash IS NULL OR (length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*'));
