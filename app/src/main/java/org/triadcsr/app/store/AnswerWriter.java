package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.triadcsr.model.answer.Answer;

/**
 * Writes answer rows with statements prepared once per transaction: an import writes hundreds of thousands of
 * answers, and preparing three statements for each would cost more than the writes themselves.
 */
final class AnswerWriter implements AutoCloseable {
    private final PreparedStatement delete;
    private final PreparedStatement insert;
    private final PreparedStatement kpi;

    AnswerWriter(Connection c) throws SQLException {
        delete = c.prepareStatement("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?");
        insert = c.prepareStatement("INSERT INTO answer (assessment_id, question_id, kind, level, text_value, note,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        kpi = c.prepareStatement(KpiInputRow.INSERT);
    }

    /** Replaces the answer (and its KPI rows, through the cascade). */
    void replace(String assessmentId, Answer answer, String now) throws SQLException {
        Sql.bind(delete, assessmentId, answer.questionId());
        delete.executeUpdate();
        insert(assessmentId, answer, now);
    }

    /** Adds an answer the assessment does not have yet. */
    void insert(String assessmentId, Answer answer, String now) throws SQLException {
        AnswerRow row = AnswerRow.of(assessmentId, answer);
        Sql.bind(insert, assessmentId, row.questionId(), row.kind(), row.level(), row.textValue(), row.note(), now);
        insert.executeUpdate();
        for (KpiInputRow input : KpiInputRow.of(assessmentId, answer.questionId(), answer.value())) {
            Sql.bind(kpi, input.values());
            kpi.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (delete; insert; kpi) {
            // closes all three
        }
    }
}
