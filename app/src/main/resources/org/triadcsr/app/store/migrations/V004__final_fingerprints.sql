-- Schema 4: the fingerprint of every final assessment (docs/integrity.md), stored when it is made final and
-- checked by 'workspace info', by every backup and by every read of the assessment. Damage that SQLite cannot
-- see (bytes flipped inside a page, a row replaced behind Triad's back) then shows as a mismatch.
-- Like the assessment, a fingerprint never changes; it goes only with its assessment (ON DELETE CASCADE).

CREATE TABLE final_fingerprint (
    assessment_id  TEXT PRIMARY KEY NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    form           TEXT NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    stored_at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER final_fingerprint_unchanged BEFORE UPDATE ON final_fingerprint
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the fingerprint of a final assessment cannot change');
END;

CREATE TRIGGER final_fingerprint_kept BEFORE DELETE ON final_fingerprint
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the fingerprint of a final assessment cannot change');
END;
