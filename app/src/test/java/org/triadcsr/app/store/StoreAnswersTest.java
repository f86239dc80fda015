package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;

class StoreAnswersTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfAnswerComesBackAsSavedAfterReopening() {
        Path file = dir.resolve("ws.triad");
        String id;
        try (Workspace ws = Workspace.create(file)) {
            id = StoreFixtures.populate(ws, "c1").id();
        }
        try (Workspace ws = Workspace.open(file)) {
            Answers answers = ws.answers().of(id);
            assertThat(answers.all()).containsExactlyInAnyOrderElementsOf(StoreFixtures.answers());
        }
    }

    @Test
    void aCopyOfTheFileAloneTakenWhileItIsOpenHoldsEverySavedAnswer() throws java.io.IOException {
        Path file = dir.resolve("ws.triad");
        Path copy = dir.resolve("copied-by-the-user.triad");
        try (Workspace ws = Workspace.create(file)) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            ws.answers().save(a.id(), Answer.of("env.water.metering", new AnswerValue.Level(1)));
            java.nio.file.Files.copy(file, copy);
        }
        WorkspaceInfo info = WorkspaceInspector.inspect(copy);
        assertThat(info.answers()).isEqualTo(4);
        try (Workspace ws = Workspace.open(copy)) {
            String id = ws.assessments().all().get(0).id();
            assertThat(ws.answers().of(id).get("env.water.metering").orElseThrow().value()).isEqualTo(new AnswerValue.Level(1));
        }
    }

    @Test
    void savingAgainReplacesTheAnswer() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            ws.answers().save(a.id(), Answer.of("env.water.use", new AnswerValue.NotApplicable("no water used")));
            ws.answers().save(a.id(), Answer.of("env.water.metering", new AnswerValue.Level(4)));
            Answers answers = ws.answers().of(a.id());
            assertThat(answers.get("env.water.use").orElseThrow().value()).isEqualTo(new AnswerValue.NotApplicable("no water used"));
            assertThat(answers.get("env.water.metering").orElseThrow().value()).isEqualTo(new AnswerValue.Level(4));
            assertThat(answers.size()).isEqualTo(4);
        }
    }

    @Test
    void anInvalidAnswerIsRefusedInBothLanguagesAndNothingIsStored() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            assertThatThrownBy(() -> ws.answers().save(a.id(), Answer.of("env.water.metering", new AnswerValue.Level(7))))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.REFUSED);
                        assertThat(e.getMessage()).contains("env.water.metering").contains("0 to 4");
                        assertThat(e.messageIn("vi")).contains("từ 0 đến 4");
                    });
            assertThatThrownBy(() -> ws.answers().save(a.id(), Answer.of("no.such.question", AnswerValue.YesNo.YES)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no question \"no.such.question\"");
            assertThat(ws.answers().of(a.id()).get("env.water.metering").orElseThrow().value())
                    .isEqualTo(new AnswerValue.Level(3));
        }
    }

    @Test
    void aFinalAssessmentRefusesEveryChangeThroughTheStore() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            ws.assessments().makeFinal(a.id());
            assertThatThrownBy(() -> ws.answers().save(a.id(), Answer.of("env.water.metering", new AnswerValue.Level(1))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is final");
            assertThatThrownBy(() -> ws.answers().clear(a.id(), "env.water.metering")).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> ws.evidence().addNote(a.id(), null, "late note")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("final");
            assertThatThrownBy(() -> ws.assessments().deleteDraft(a.id())).isInstanceOf(StoreException.class);
            assertThat(ws.answers().of(a.id()).all()).containsExactlyInAnyOrderElementsOf(StoreFixtures.answers());
        }
    }

    @Test
    void theFileItselfRefusesChangesToAFinalAssessmentFromAnyProgram() throws SQLException {
        Path file = dir.resolve("ws.triad");
        String id;
        try (Workspace ws = Workspace.create(file)) {
            id = StoreFixtures.populate(ws, "c1").id();
            ws.assessments().makeFinal(id);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = raw.createStatement()) {
            for (String sql : new String[] {
                "UPDATE answer SET level = 0 WHERE assessment_id = '" + id + "'",
                "DELETE FROM answer WHERE assessment_id = '" + id + "'",
                "INSERT INTO answer (assessment_id, question_id, kind, level, updated_at) VALUES ('" + id + "', 'x', 'level', 1, 'now')",
                "UPDATE kpi_input SET annual = 1 WHERE assessment_id = '" + id + "'",
                "UPDATE assessment SET status = 'draft' WHERE id = '" + id + "'"}) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql).hasMessageContaining("TRIAD_FROZEN");
            }
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.answers().of(id).all()).containsExactlyInAnyOrderElementsOf(StoreFixtures.answers());
            assertThat(ws.assessments().find(id).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
        }
    }

    @Test
    void aFollowUpStartsAsADraftCopyOfThePreviousAnswers() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment baseline = StoreFixtures.populate(ws, "c1");
            ws.assessments().makeFinal(baseline.id());
            Assessment next = ws.assessments().followUp(baseline.id(), "2026", "Trần Thị B");
            assertThat(next.status()).isEqualTo(AssessmentStatus.DRAFT);
            assertThat(next.companyId()).isEqualTo("c1");
            assertThat(ws.answers().of(next.id()).all()).containsExactlyInAnyOrderElementsOf(StoreFixtures.answers());
            ws.answers().save(next.id(), Answer.of("env.water.metering", new AnswerValue.Level(4)));
            assertThat(ws.answers().of(baseline.id()).get("env.water.metering").orElseThrow().value())
                    .isEqualTo(new AnswerValue.Level(3));
            assertThat(ws.assessments().forCompany("c1")).hasSize(2);
        }
    }

    @Test
    void deletingACompanyRemovesItsFinalAssessmentsAfterABackup() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            ws.assessments().makeFinal(a.id());
            ws.companies().delete("c1");
            assertThat(ws.assessments().all()).isEmpty();
            assertThat(ws.answers().of(a.id()).size()).isZero();
            // The final assessment was the company's record: a backup taken just before brings it back.
            Backup before = Backups.list(ws.file()).get(0);
            assertThat(before.why()).isEqualTo("before-delete");
            assertThat(WorkspaceInspector.inspect(before.file()).assessments()).isEqualTo(1);
        }
    }

    @Test
    void anAssessmentNeedsItsPackInTheWorkspace() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            ws.companies().save(StoreFixtures.company("c1", "A"));
            assertThatThrownBy(() -> ws.assessments().create("c1", "textile-garment", "9.9.9", "2025", null))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_FOUND));
        }
    }

    @Test
    void aStoredAssessmentIsScoredWithItsStoredPack() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            WorkspaceScore.Scored scored = WorkspaceScore.score(ws, a.id());
            assertThat(scored.pack().id()).isEqualTo(StoreFixtures.PACK_ID);
            assertThat(scored.card().question("env.water.metering").orElseThrow().score()).isEqualTo(75.0);
            assertThat(scored.card().assessmentId()).isEqualTo(a.id());
        }
    }
}
