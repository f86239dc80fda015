-- Schema 3: a final assessment is frozen in the file itself, whatever program writes to it.
-- The message starts with TRIAD_FROZEN so the store can tell this refusal from other errors.
-- Deleting a whole assessment (or its company) stays possible: ON DELETE CASCADE runs after the parent row is
-- gone, so the lookups below find no final parent and let the cascaded deletes through.

CREATE TRIGGER assessment_final_unchanged BEFORE UPDATE ON assessment
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: a final assessment cannot change');
END;

CREATE TRIGGER answer_insert_frozen BEFORE INSERT ON answer
WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the answers of a final assessment cannot change');
END;

CREATE TRIGGER answer_update_frozen BEFORE UPDATE ON answer
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
  OR (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the answers of a final assessment cannot change');
END;

CREATE TRIGGER answer_delete_frozen BEFORE DELETE ON answer
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the answers of a final assessment cannot change');
END;

CREATE TRIGGER kpi_input_insert_frozen BEFORE INSERT ON kpi_input
WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the answers of a final assessment cannot change');
END;

CREATE TRIGGER kpi_input_update_frozen BEFORE UPDATE ON kpi_input
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
  OR (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the answers of a final assessment cannot change');
END;

CREATE TRIGGER kpi_input_delete_frozen BEFORE DELETE ON kpi_input
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the answers of a final assessment cannot change');
END;

CREATE TRIGGER evidence_insert_frozen BEFORE INSERT ON evidence
WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the evidence of a final assessment cannot change');
END;

CREATE TRIGGER evidence_update_frozen BEFORE UPDATE ON evidence
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
  OR (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the evidence of a final assessment cannot change');
END;

CREATE TRIGGER evidence_delete_frozen BEFORE DELETE ON evidence
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'TRIAD_FROZEN: the evidence of a final assessment cannot change');
END;
