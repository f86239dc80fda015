package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValidator;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.answer.InvalidAnswerException;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;

final class SqliteAnswers implements AnswerRepository {
    private final Transactions tx;
    private final PackRepository packs;

    SqliteAnswers(Transactions tx, PackRepository packs) {
        this.tx = tx;
        this.packs = packs;
    }

    @Override
    public void save(String assessmentId, Answer answer) {
        tx.write(new StoreText("action.saveAnswer", answer.questionId()), c -> {
            Assessment a = writable(c, assessmentId);
            Pack pack = packs.find(a.packId(), a.packVersion()).orElseThrow(() -> StoreException.of(
                    StoreException.Reason.NOT_FOUND, "answer.packMissing", a.packId(), a.packVersion()));
            check(pack, answer);
            write(c, assessmentId, answer, Instant.now().toString());
            Sql.update(c, "UPDATE assessment SET updated_at = ? WHERE id = ?", Instant.now().toString(), assessmentId);
            return null;
        });
    }

    static void check(Pack pack, Answer answer) {
        Question q = pack.question(answer.questionId()).orElseThrow(() -> StoreException.of(
                StoreException.Reason.REFUSED, "answer.noSuchQuestion", pack.id(), pack.version(), answer.questionId()));
        try {
            AnswerValidator.check(q, answer.value());
        } catch (InvalidAnswerException e) {
            throw StoreException.of(StoreException.Reason.REFUSED, e, "answer.invalid", e);
        }
    }

    /** Inside a caller's transaction: replaces the answer row and its KPI rows. */
    static void write(Connection c, String assessmentId, Answer answer, String now) throws SQLException {
        try (AnswerWriter writer = new AnswerWriter(c)) {
            writer.replace(assessmentId, answer, now);
        }
    }

    private static Assessment writable(Connection c, String assessmentId) throws SQLException {
        Assessment a = SqliteAssessments.require(c, assessmentId);
        if (a.status() == AssessmentStatus.FINAL) {
            throw StoreException.of(StoreException.Reason.REFUSED, "answer.final", a.period());
        }
        return a;
    }

    @Override
    public void clear(String assessmentId, String questionId) {
        tx.write(new StoreText("action.clearAnswer", questionId), c -> {
            writable(c, assessmentId);
            return Sql.update(c, "DELETE FROM answer WHERE assessment_id = ? AND question_id = ?", assessmentId, questionId);
        });
    }

    @Override
    public Answers of(String assessmentId) {
        return tx.read("action.readAnswers", c -> {
            Optional<Assessment> a = SqliteAssessments.find(c, assessmentId);
            if (a.isPresent()) {
                Fingerprints.check(c, a.get(), tx.workspaceName());
            }
            return read(c, assessmentId);
        });
    }

    static Answers read(Connection c, String assessmentId) throws SQLException {
        List<AnswerRow> rows = Sql.list(c, "SELECT * FROM answer WHERE assessment_id = ?", AnswerRow::read, assessmentId);
        Map<String, List<KpiInputRow>> inputs = Sql.list(c, "SELECT * FROM kpi_input WHERE assessment_id = ?"
                + " ORDER BY question_id, input_id", KpiInputRow::read, assessmentId).stream()
                .collect(Collectors.groupingBy(KpiInputRow::questionId));
        List<Answer> answers = new ArrayList<>();
        for (AnswerRow row : rows) {
            answers.add(row.toModel(inputs.getOrDefault(row.questionId(), List.of())));
        }
        return Answers.of(answers);
    }
}
