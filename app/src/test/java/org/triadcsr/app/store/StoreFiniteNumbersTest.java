package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.progress.Target;

/** Defect 5 of issue 10: every number entering the store is finite, whatever path it comes by. */
class StoreFiniteNumbersTest {
    @TempDir
    Path dir;

    private static final String HUGE_MONTH = "{\"format\": \"triad-exchange\", \"formatVersion\": 1,"
            + " \"exportedAt\": \"2026-01-01T00:00:00Z\", \"companies\": [{\"id\": \"c1\", \"name\": \"Công ty A\","
            + " \"assessments\": [{\"id\": \"a1\", \"packId\": \"custom-unknown\", \"packVersion\": \"1.0.0\","
            + " \"period\": \"2025\", \"status\": \"draft\", \"createdAt\": \"2026-01-01T00:00:00Z\","
            + " \"updatedAt\": \"2026-01-01T00:00:00Z\", \"answers\": [{\"question\": \"env.water.use\", \"inputs\":"
            + " {\"water_m3\": {\"monthly\": [1e400, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}}]}]}]}";

    @Test
    void aMonthOf1e400InAnAssessmentOfAnUnknownPackIsRefusedAndTheCsvStillWorks() throws Exception {
        Path file = dir.resolve("ws.triad");
        Path in = Files.writeString(dir.resolve("in.json"), HUGE_MONTH);
        try (Workspace ws = Workspace.create(file)) {
            assertThatThrownBy(() -> ws.exchange().importFile(in, PackLibrary.bundled()))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.REFUSED);
                        assertThat(e.getMessage()).contains("water_m3").contains("the workspace is unchanged");
                    });
            assertThat(ws.assessments().all()).isEmpty();
            assertThat(ws.exchange().export(null)).doesNotContain("Infinity");
            assertThat(ws.exchange().answersCsv("en")).doesNotContain("Infinity");
        }
    }

    @Test
    void theStoreRefusesNonFiniteNumbersThatBypassTheReader() {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            List<Double> months = new ArrayList<>(Collections.nCopies(12, 1.0));
            months.set(0, Double.POSITIVE_INFINITY);
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            Company company = new Company("c1", "Công ty A", null, null, CompanyProfile.unknown());
            Assessment a = new Assessment("a1", "c1", "custom-unknown", "1.0.0", "2025", null, AssessmentStatus.DRAFT, t, t);
            Answer answer = Answer.of("env.water.use", new AnswerValue.KpiInputs(Map.of("water_m3", new InputValue.Monthly(months))));
            ExchangeDocument doc = new ExchangeDocument(1, "test", t, List.of(new CompanyFile(company,
                    List.of(new CompanyFile.AssessmentFile(a, List.of(answer), List.of())), List.of(), List.of())));
            assertThatThrownBy(() -> ws.transactions().write("action.import",
                    c -> new ExchangeImport(c, (SqlitePacks) ws.packs(), PackLibrary.none()).run(doc)))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.getMessage()).contains("too large to keep").contains("Nothing was saved");
                        assertThat(e.messageIn("vi")).contains("quá lớn");
                    });
            assertThat(ws.assessments().all()).isEmpty();
            ws.companies().save(StoreFixtures.company("c2", "Công ty B"));
            assertThatThrownBy(() -> ws.progress().saveTarget("c2", new Target("t1", "env.water.use", Double.NaN,
                    LocalDate.of(2027, 1, 1), ""))).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> ws.companies().save(new Company("c3", "Công ty C", null, null,
                    new CompanyProfile(Field.TRADE_SERVICES, 5, Double.POSITIVE_INFINITY, null, null))))
                    .isInstanceOf(StoreException.class);
            assertThat(ws.progress().targets("c2")).isEmpty();
            assertThat(ws.companies().find("c3")).isEmpty();
        }
    }
}
