package org.triadcsr.model.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.Randomised;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

public class ExchangeTest {
    public static ExchangeDocument sample(Random r) {
        byte[] photo = new byte[r.nextInt(2000)];
        r.nextBytes(photo);
        Company company = new Company("c-" + r.nextInt(1000), "Công ty May Sài Gòn " + r.nextInt(), "textile-garment",
                "Bình Dương", new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, r.nextInt(300), r.nextDouble() * 100, null,
                WageRegion.values()[r.nextInt(4)]));
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        Assessment a = new Assessment("a-1", company.id(), "test-pack", "1.2.0", "2025", "Nguyễn Văn An",
                r.nextBoolean() ? AssessmentStatus.FINAL : AssessmentStatus.DRAFT, t, t.plusSeconds(r.nextInt(100_000)));
        List<Answer> answers = new ArrayList<>();
        for (Answer ans : Randomised.answers(TestPacks.pack(), r)) {
            answers.add(new Answer(ans.questionId(), ans.value(), r.nextBoolean() ? "ghi chú " + r.nextInt() : ""));
        }
        Evidence file = new Evidence("e-1", "a-1", "env.water.metering", "Ảnh đồng hồ nước", "dong-ho.jpg", "image/jpeg",
                photo, ExchangeReader.sha256(photo), LocalDate.of(2027, 1, 31));
        Evidence note = new Evidence("e-2", "a-1", null, "Đã xem sổ quản lý lao động", null, null, null, null, null);
        Target target = new Target("t-1", "env.water.intensity", 80, LocalDate.of(2027, 12, 31), "");
        ImprovementAction action = new ImprovementAction("x-1", "Lắp đồng hồ nước cho từng chuyền", "Chị Lan",
                LocalDate.of(2026, 6, 30), ImprovementAction.ActionStatus.IN_PROGRESS, 1500.0, 900.0, "USD", "env.water",
                "act.env.water.meters");
        return new ExchangeDocument(1, "Triad test", t, List.of(new CompanyFile(company,
                List.of(new CompanyFile.AssessmentFile(a, answers, List.of(file, note))), List.of(target), List.of(action))));
    }

    @Test
    void writeThenReadIsIdentityOverManyRandomDocuments() throws ExchangeException {
        Random r = new Random(Randomised.SEED);
        for (int i = 0; i < 200; i++) {
            ExchangeDocument doc = sample(r);
            assertThat(ExchangeReader.read(ExchangeWriter.write(doc))).as("case %d", i).isEqualTo(doc);
        }
    }

    @Test
    void unknownFormatVersionIsRefusedClearly() {
        String json = ExchangeWriter.write(sample(new Random(1))).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");
        assertThatThrownBy(() -> ExchangeReader.read(json)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("exchange format version 2 is not supported; this version of Triad reads version 1")
                .hasMessageContaining("written by a newer Triad");
    }

    @Test
    void notAnExchangeFileAtAll() {
        assertThatThrownBy(() -> ExchangeReader.read("{\"hello\": 1}")).hasMessageContaining("not a Triad exchange file");
        assertThatThrownBy(() -> ExchangeReader.read("[1, 2")).hasMessageContaining("not valid JSON at line 1");
    }

    @Test
    void hashMismatchIsRefused() {
        ExchangeDocument doc = sample(new Random(2));
        String sha = doc.companies().get(0).assessments().get(0).evidence().get(0).sha256();
        String json = ExchangeWriter.write(doc).replace(sha, "0".repeat(64));
        assertThatThrownBy(() -> ExchangeReader.read(json)).hasMessageContaining("SHA-256 does not match its data");
    }

    @Test
    void hugeStringsAndDeepNestingAreRefused() {
        String longName = "x".repeat(10 * 1024 * 1024);
        String json = ExchangeWriter.write(sample(new Random(3))).replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"" + longName + "\"");
        assertThatThrownBy(() -> ExchangeReader.read(json)).hasMessageContaining("at most 10000 are allowed");
        String deep = "{\"format\":\"triad-exchange\",\"formatVersion\":1,\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> ExchangeReader.read(deep)).hasMessageContaining("not valid JSON");
    }

    @Test
    void clashingIdsAndBadValuesAreAllReported() {
        String json = ExchangeWriter.write(sample(new Random(4)))
                .replace("\"id\" : \"e-2\"", "\"id\" : \"e 2!\"")
                .replace("\"status\" : \"in_progress\"", "\"status\" : \"someday\"");
        assertThatThrownBy(() -> ExchangeReader.read(json)).isInstanceOf(ExchangeException.class)
                .satisfies(e -> assertThat(((ExchangeException) e).problems()).hasSize(2))
                .hasMessageContaining("'someday' is not a status (planned, in_progress, done, dropped)");
    }

    @Test
    void exchangeFilesAreUtf8WithVietnameseIntact() throws ExchangeException {
        ExchangeDocument doc = sample(new Random(5));
        byte[] bytes = ExchangeWriter.write(doc).getBytes(StandardCharsets.UTF_8);
        assertThat(ExchangeReader.read(new String(bytes, StandardCharsets.UTF_8)).companies().get(0).company().province())
                .isEqualTo("Bình Dương");
    }
}
