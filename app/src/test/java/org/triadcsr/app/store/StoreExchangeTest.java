package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

class StoreExchangeTest {
    static final PackLibrary MINI = (id, version) -> id.equals(StoreFixtures.PACK_ID) && version.equals(StoreFixtures.PACK_VERSION)
            ? Optional.of(StoreFixtures.packJson()) : Optional.empty();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;
    Path source;

    @BeforeEach
    void fullCompany() {
        source = dir.resolve("source.triad");
        try (Workspace ws = Workspace.create(source)) {
            fill(ws, "c1");
        }
    }

    /** A company with a final baseline, a draft follow-up, evidence, a target and an action. */
    static void fill(Workspace ws, String companyId) {
        Assessment baseline = StoreFixtures.populate(ws, companyId);
        ws.evidence().addFile(baseline.id(), "env.water.metering", "đồng-hồ.png", PNG, "ảnh đồng hồ", LocalDate.of(2027, 1, 1));
        ws.evidence().addNote(baseline.id(), null, "visited the plant");
        ws.assessments().makeFinal(baseline.id());
        Assessment next = ws.assessments().followUp(baseline.id(), "2026", "B");
        ws.answers().save(next.id(), Answer.of("soc.labour.contracts", AnswerValue.YesNo.YES));
        ws.progress().saveTarget(companyId, new Target("t-" + companyId, "env.water.use", 40, LocalDate.of(2027, 12, 31), "halve"));
        ws.progress().saveAction(companyId, new ImprovementAction("x-" + companyId, "Lắp đồng hồ nước", "Chị Lan",
                LocalDate.of(2026, 6, 1), ImprovementAction.ActionStatus.PLANNED, 1200.0, 300.0, "USD", "env.water", null));
    }

    static Object content(Workspace ws) throws Exception {
        return ExchangeReader.read(ExchangeSchema.assertValid(ws.exchange().export(null))).companies();
    }

    @Test
    void anExportedCompanyImportsIntoAnotherWorkspaceUnchanged() throws Exception {
        Path json = dir.resolve("out/c1.json");
        Object original;
        try (Workspace ws = Workspace.open(source)) {
            ws.exchange().exportTo(json, "c1");
            original = content(ws);
        }
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            ImportResult result = target.exchange().importFile(json, MINI);
            assertThat(result.companiesAdded()).isEqualTo(1);
            assertThat(result.assessmentsWritten()).isEqualTo(2);
            assertThat(result.warnings()).isEmpty();
            assertThat(content(target)).isEqualTo(original);
            assertThat(target.packs().list()).containsExactly("mini-test@1.0.0");
        }
    }

    @Test
    void reImportingUpdatesTheCompanyByItsIdAndNeverDuplicates() throws Exception {
        String json;
        try (Workspace ws = Workspace.open(source)) {
            json = ExchangeSchema.assertValid(ws.exchange().export("c1"));
        }
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            target.exchange().importJson(json, MINI);
            ImportResult again = target.exchange().importJson(json, MINI);
            assertThat(again.companiesUpdated()).isEqualTo(1);
            assertThat(again.companiesAdded()).isZero();
            assertThat(again.assessmentsUnchanged()).isEqualTo(1);
            assertThat(target.companies().count()).isEqualTo(1);
            assertThat(target.assessments().all()).hasSize(2);
            assertThat(target.evidence().of(target.assessments().forCompany("c1").get(0).id())).hasSize(2);
        }
    }

    @Test
    void anOlderFileNeverOverwritesADraftChangedHereSinceItWasWritten() throws Exception {
        String json;
        try (Workspace ws = Workspace.open(source)) {
            json = ExchangeSchema.assertValid(ws.exchange().export("c1"));
        }
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            target.exchange().importJson(json, MINI);
            Assessment draft = target.assessments().forCompany("c1").stream()
                    .filter(a -> a.period().equals("2026")).findFirst().orElseThrow();
            target.answers().save(draft.id(), Answer.of("env.water.metering", new AnswerValue.Level(0)));
            String file = json;
            assertThatThrownBy(() -> target.exchange().importJson(file, MINI)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("was changed in this workspace").hasMessageContaining("the workspace is unchanged");
            assertThat(target.answers().of(draft.id()).get("env.water.metering").orElseThrow().value())
                    .as("the newer answer here is kept").isEqualTo(new AnswerValue.Level(0));
        }
    }

    @Test
    void anAssessmentWithAPackNowhereToBeFoundIsKeptWithAWarning() throws Exception {
        String json;
        try (Workspace ws = Workspace.open(source)) {
            json = ExchangeSchema.assertValid(ws.exchange().export("c1"));
        }
        // A file written before exchange files carried pack copies.
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.remove("packs")).isNotNull();
        String older = tree.toString();
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            ImportResult result = target.exchange().importJson(older, PackLibrary.none());
            assertThat(result.warnings()).hasSize(2).allMatch(w -> w.contains("mini-test 1.0.0"))
                    .allMatch(w -> w.contains("triad packs add --workspace"));
            assertThat(target.assessments().all()).hasSize(2);
        }
    }

    @Test
    void theCsvHasOneRowPerAnswerWithTextsInTheChosenLanguageAndScores() {
        try (Workspace ws = Workspace.open(source)) {
            String csv = ws.exchange().answersCsv("vi");
            String[] lines = csv.split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFFcompany_id,company,assessment_id");
            assertThat(lines).hasSize(1 + 4 + 4);
            assertThat(csv).contains("Nước có được đo đếm không?").contains(",3,,đồng hồ ở mỗi dây chuyền,75")
                    .contains("ISO 9001").contains("water_m3=10|10|10||10|10|10|10|10|10|10|10");
            ws.exchange().answersCsvTo(dir.resolve("answers.csv"), "en");
            assertThat(dir.resolve("answers.csv")).content().contains("Is water metered?");
        }
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(AnswersCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AnswersCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AnswersCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(AnswersCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(AnswersCsv.cell("-12.5")).isEqualTo("-12.5");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2, 2", "2.5, 2.5", "2.00001, 2.00001", "99.99999, 99.99999",
        "0.00004, 0.00004", "1234567.125, 1234567.125", "-3.5, -3.5"})
    void csvNumbersAreWrittenExactlyWithoutTrailingDots(double value, String written) {
        assertThat(AnswersCsv.number(value)).isEqualTo(written);
    }
}
