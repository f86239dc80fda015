package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;

final class SqliteAssessments implements AssessmentRepository {
    static final String SELECT = "SELECT " + AssessmentRow.COLUMNS + " FROM assessment";
    private final Transactions tx;

    SqliteAssessments(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Assessment create(String companyId, String packId, String packVersion, String period, String assessor) {
        Instant now = Instant.now();
        Assessment a = new Assessment(UUID.randomUUID().toString(), companyId, packId, packVersion, period, assessor,
                AssessmentStatus.DRAFT, now, now);
        return tx.write("action.startAssessment", c -> {
            if (Sql.count(c, "SELECT count(*) FROM pack_copy WHERE pack_id = ? AND version = ?", packId, packVersion) == 0) {
                throw StoreException.of(StoreException.Reason.NOT_FOUND, "assessment.packMissing", packId, packVersion);
            }
            insert(c, AssessmentRow.of(a));
            return a;
        });
    }

    static void insert(Connection c, AssessmentRow row) throws SQLException {
        Sql.update(c, "INSERT INTO assessment (" + AssessmentRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.values());
    }

    @Override
    public Optional<Assessment> find(String id) {
        return tx.read("action.readAssessment", c -> find(c, id));
    }

    static Optional<Assessment> find(Connection c, String id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE id = ?", AssessmentRow::read, id).map(AssessmentRow::toModel);
    }

    static Assessment require(Connection c, String id) throws SQLException {
        return find(c, id).orElseThrow(() -> StoreException.of(StoreException.Reason.NOT_FOUND, "assessment.none", id));
    }

    @Override
    public List<Assessment> forCompany(String companyId) {
        return tx.read("action.listAssessments", c -> Sql.list(c, SELECT + " WHERE company_id = ? ORDER BY period, created_at",
                AssessmentRow::read, companyId)).stream().map(AssessmentRow::toModel).toList();
    }

    @Override
    public List<Assessment> all() {
        return tx.read("action.listAssessments", c -> Sql.list(c, SELECT + " ORDER BY company_id, period, created_at",
                AssessmentRow::read)).stream().map(AssessmentRow::toModel).toList();
    }

    @Override
    public Assessment makeFinal(String id) {
        return tx.write("action.makeFinal", c -> {
            Assessment a = require(c, id);
            if (a.status() == AssessmentStatus.FINAL) {
                return a;
            }
            String now = Instant.now().toString();
            Sql.update(c, "UPDATE assessment SET status = 'final', updated_at = ? WHERE id = ?", now, id);
            Assessment made = require(c, id);
            Fingerprints.store(c, made);
            return made;
        });
    }

    @Override
    public Optional<String> fingerprint(String id) {
        return tx.read("action.readAssessment", c -> Fingerprints.stored(c, id));
    }

    @Override
    public Assessment followUp(String previousId, String period, String assessor) {
        return tx.write("action.followUp", c -> {
            Assessment previous = require(c, previousId);
            Instant now = Instant.now();
            Assessment next = new Assessment(UUID.randomUUID().toString(), previous.companyId(), previous.packId(),
                    previous.packVersion(), period, assessor, AssessmentStatus.DRAFT, now, now);
            insert(c, AssessmentRow.of(next));
            Sql.update(c, "INSERT INTO answer (assessment_id, question_id, kind, level, text_value, note, updated_at)"
                    + " SELECT ?, question_id, kind, level, text_value, note, ? FROM answer WHERE assessment_id = ?",
                    next.id(), now.toString(), previousId);
            Sql.update(c, "INSERT INTO kpi_input SELECT ?, question_id, input_id, period, annual, m1, m2, m3, m4, m5, m6,"
                    + " m7, m8, m9, m10, m11, m12 FROM kpi_input WHERE assessment_id = ?", next.id(), previousId);
            return next;
        });
    }

    @Override
    public void deleteDraft(String id) {
        tx.write("action.deleteAssessment", c -> {
            if (require(c, id).status() == AssessmentStatus.FINAL) {
                throw StoreException.of(StoreException.Reason.REFUSED, "assessment.finalNotDeleted");
            }
            return Sql.update(c, "DELETE FROM assessment WHERE id = ?", id);
        });
    }
}
