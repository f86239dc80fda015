package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeWriter;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;

class ScoreCommandTest {
    @TempDir
    Path dir;

    private Path exchange(String... assessmentIds) throws IOException {
        Instant t = Instant.parse("2026-02-01T00:00:00Z");
        Company company = new Company("co-1", "Công ty TNHH May Hòa Bình", "textile-garment", "Bình Dương",
                new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 120, 80.0, null, WageRegion.I));
        List<CompanyFile.AssessmentFile> assessments = new ArrayList<>();
        for (String id : assessmentIds) {
            List<Answer> answers = List.of(
                    Answer.of("soc.hours.overtime-month", new AnswerValue.KpiInputs(Map.of("ot_max_month_h", new InputValue.Annual(52)))),
                    Answer.of("soc.child.age-verification", AnswerValue.YesNo.YES));
            assessments.add(new CompanyFile.AssessmentFile(new Assessment(id, "co-1", "textile-garment", "1.0.0", "2025",
                    "An", AssessmentStatus.FINAL, t, t), answers, List.of()));
        }
        Path file = dir.resolve("company.json");
        Files.writeString(file, ExchangeWriter.write(new ExchangeDocument(1, "test", t,
                List.of(new CompanyFile(company, assessments, List.of(), List.of())))));
        return file;
    }

    @Test
    void scoresAnExchangeFileAsSpecJson() throws IOException {
        CliRun run = CliRun.of(dir, "score", "--file", exchange("as-2025").toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("assessment").asText()).isEqualTo("as-2025");
        assertThat(json.get("company").asText()).isEqualTo("co-1");
        assertThat(json.get("pack").get("id").asText()).isEqualTo("textile-garment");
        assertThat(json.get("rating").asText()).isEqualTo("incomplete");
        assertThat(json.get("questions").size()).isGreaterThanOrEqualTo(60);
        assertThat(json.get("flags").get(0).get("question").asText()).isEqualTo("soc.hours.overtime-month");
        assertThat(json.get("flags").get(0).get("severity").asText()).isEqualTo("critical");
    }

    @Test
    void textFormatShowsScoresAndFlagsInVietnamese() throws IOException {
        CliRun run = CliRun.of(dir, "score", "--file", exchange("as-2025").toString(), "--format", "text", "--lang", "vi");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Dệt may").contains("critical").contains("Bộ luật Lao động");
    }

    @Test
    void severalAssessmentsNeedAChoice() throws IOException {
        Path file = exchange("as-2024", "as-2025");
        CliRun run = CliRun.of(dir, "score", "--file", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("holds 2 assessments; choose one with --assessment ID (as-2024, as-2025)");
        assertThat(CliRun.of(dir, "score", "--file", file.toString(), "--assessment", "as-2024").code()).isZero();
        assertThat(CliRun.of(dir, "score", "--file", file.toString(), "--assessment", "as-1999").err())
                .contains("There is no assessment \"as-1999\"");
    }

    @Test
    void invalidInputGetsAClearMessageAndNonZeroExit() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"triad-exchange\", \"formatVersion\": 9}");
        CliRun wrongVersion = CliRun.of(dir, "score", "--file", broken.toString());
        assertThat(wrongVersion.code()).isEqualTo(1);
        assertThat(wrongVersion.err()).contains("exchange format version 9 is not supported");
        CliRun missing = CliRun.of(dir, "score", "--file", dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        String bad = Files.readString(exchange("as-1")).replace("\"annual\" : 52.0", "\"annual\" : -5.0");
        Files.writeString(broken, bad);
        assertThat(CliRun.of(dir, "score", "--file", broken.toString()).err())
                .contains("Error: Input").contains("must be a number ≥ 0");
    }
}
