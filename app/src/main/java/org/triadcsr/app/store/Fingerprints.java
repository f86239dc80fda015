package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.exchange.AssessmentFingerprint;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.CompanyFile;

/**
 * The fingerprint of each final assessment ({@link AssessmentFingerprint}, docs/integrity.md): stored when it is
 * made final, and compared with its data by {@code workspace info}, by every backup and by every read of the
 * assessment. A mismatch is damage (the backups are offered), never a silent change of a final result.
 */
final class Fingerprints {
    /** The first schema that stores fingerprints. */
    static final int SCHEMA = 4;

    private Fingerprints() {
    }

    static String compute(Connection c, Assessment a) throws SQLException {
        List<Answer> answers = SqliteAnswers.read(c, a.id()).all().stream()
                .sorted(Comparator.comparing(Answer::questionId)).toList();
        return AssessmentFingerprint.of(a.companyId(), new CompanyFile.AssessmentFile(a, answers, SqliteEvidence.of(c, a.id())));
    }

    /** Inside the transaction that makes {@code a} final: keeps its fingerprint. */
    static void store(Connection c, Assessment a) throws SQLException {
        Sql.update(c, "INSERT INTO final_fingerprint (assessment_id, form, sha256, stored_at) VALUES (?, ?, ?, ?)",
                a.id(), AssessmentFingerprint.CANONICAL_FORM, compute(c, a), Instant.now().toString());
    }

    static Optional<String> stored(Connection c, String assessmentId) throws SQLException {
        return Sql.one(c, "SELECT sha256 FROM final_fingerprint WHERE assessment_id = ?", rs -> rs.getString(1),
                assessmentId);
    }

    /** Refuses, as damage, a final assessment whose data does not give its stored fingerprint. */
    static void check(Connection c, Assessment a, String workspaceName) throws SQLException {
        if (a.status() != AssessmentStatus.FINAL) {
            return;
        }
        Optional<String> stored = stored(c, a.id());
        if (stored.isEmpty() || !stored.get().equals(compute(c, a))) {
            throw damaged(workspaceName, a.period(), a.id());
        }
    }

    /**
     * Checks every final assessment, and that every fingerprint belongs to one (a final assessment replaced by a
     * draft behind Triad's back leaves its fingerprint without one); returns how many were checked.
     */
    static int checkAll(Connection c, String workspaceName) throws SQLException {
        if (Migrations.version(c) < SCHEMA) {
            return 0;
        }
        List<String> orphans = Sql.list(c, "SELECT f.assessment_id FROM final_fingerprint f LEFT JOIN assessment a"
                + " ON a.id = f.assessment_id WHERE a.id IS NULL OR a.status <> 'final'", rs -> rs.getString(1));
        if (!orphans.isEmpty()) {
            throw damaged(workspaceName, "?", orphans.get(0));
        }
        List<Assessment> finals = Sql.list(c, SqliteAssessments.SELECT + " WHERE status = 'final'", AssessmentRow::read)
                .stream().map(AssessmentRow::toModel).toList();
        for (Assessment a : finals) {
            check(c, a, workspaceName);
        }
        return finals.size();
    }

    /** After the schema 4 script: the final assessments made before it get their fingerprint now. */
    static void storeMissing(Connection c) throws SQLException {
        for (AssessmentRow row : Sql.list(c, SqliteAssessments.SELECT + " WHERE status = 'final' AND id NOT IN"
                + " (SELECT assessment_id FROM final_fingerprint)", AssessmentRow::read)) {
            store(c, row.toModel());
        }
    }

    private static StoreException damaged(String workspaceName, String period, String id) {
        System.getLogger(Fingerprints.class.getName()).log(System.Logger.Level.WARNING, "fingerprint mismatch in "
                + workspaceName + " for the final assessment " + id);
        return FileChecks.damaged(workspaceName, new StoreText("damage.fingerprint", period, id));
    }
}
