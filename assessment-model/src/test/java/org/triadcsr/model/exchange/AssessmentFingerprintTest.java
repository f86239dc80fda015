package org.triadcsr.model.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.Randomised;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;

class AssessmentFingerprintTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    private static CompanyFile.AssessmentFile small(List<Answer> answers, byte[] photo) {
        Assessment a = new Assessment("a-1", "c-1", "textile-garment", "1.1.0", "2025", "Nguyễn Văn An",
                AssessmentStatus.FINAL, T, T);
        Evidence e = new Evidence("e-1", "a-1", "env.water.metering", "Ảnh đồng hồ", "dong-ho.jpg", "image/jpeg", photo,
                ExchangeReader.sha256(photo), LocalDate.of(2027, 1, 31));
        return new CompanyFile.AssessmentFile(a, answers, List.of(e));
    }

    private static List<Answer> answers() {
        return List.of(new Answer("soc.wages.minimum", AnswerValue.YesNo.YES, "sổ lương"),
                Answer.of("env.energy.policy", new AnswerValue.Level(3)),
                Answer.of("env.water.intensity", new AnswerValue.KpiInputs(Map.of("water", new InputValue.Annual(1250.5),
                        "output", new InputValue.Annual(40)))));
    }

    @Test
    void canonicalDataIsCompactSortedJson() {
        String data = AssessmentFingerprint.canonicalData("c-1", small(answers(), new byte[] {1, 2, 3}));
        assertThat(data).isEqualTo("{\"form\":\"triad-assessment-fingerprint-1\",\"company\":\"c-1\",\"assessment\":\"a-1\","
                + "\"packId\":\"textile-garment\",\"packVersion\":\"1.1.0\",\"period\":\"2025\",\"assessor\":\"Nguyễn Văn An\","
                + "\"answers\":[{\"question\":\"env.energy.policy\",\"level\":3},"
                + "{\"question\":\"env.water.intensity\",\"inputs\":{\"output\":{\"annual\":40.0},\"water\":{\"annual\":1250.5}}},"
                + "{\"question\":\"soc.wages.minimum\",\"answer\":\"yes\",\"note\":\"sổ lương\"}],"
                + "\"evidence\":[{\"id\":\"e-1\",\"question\":\"env.water.metering\",\"note\":\"Ảnh đồng hồ\","
                + "\"fileName\":\"dong-ho.jpg\",\"mediaType\":\"image/jpeg\",\"size\":3,"
                + "\"sha256\":\"039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81\",\"expires\":\"2027-01-31\"}]}");
        assertThat(AssessmentFingerprint.of("c-1", small(answers(), new byte[] {1, 2, 3}))).matches("[0-9a-f]{64}");
    }

    @Test
    void answerOrderAndStatusDoNotMatterButEveryAnswerAndByteDoes() {
        List<Answer> shuffled = new ArrayList<>(answers());
        Collections.reverse(shuffled);
        String original = AssessmentFingerprint.of("c-1", small(answers(), new byte[] {1, 2, 3}));
        assertThat(AssessmentFingerprint.of("c-1", small(shuffled, new byte[] {1, 2, 3}))).isEqualTo(original);

        List<Answer> changed = new ArrayList<>(answers());
        changed.set(1, Answer.of("env.energy.policy", new AnswerValue.Level(2)));
        assertThat(AssessmentFingerprint.of("c-1", small(changed, new byte[] {1, 2, 3}))).isNotEqualTo(original);
        assertThat(AssessmentFingerprint.of("c-1", small(answers().subList(0, 2), new byte[] {1, 2, 3}))).isNotEqualTo(original);
        assertThat(AssessmentFingerprint.of("c-1", small(answers(), new byte[] {1, 2, 4}))).isNotEqualTo(original);
        assertThat(AssessmentFingerprint.of("c-2", small(answers(), new byte[] {1, 2, 3}))).isNotEqualTo(original);
    }

    @Test
    void decomposedVietnameseGivesTheSameFingerprintAsComposed() {
        String composed = "Nguyễn Văn An";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        List<Answer> nfd = List.of(new Answer("soc.wages.minimum", AnswerValue.YesNo.YES, decomposed));
        List<Answer> nfc = List.of(new Answer("soc.wages.minimum", AnswerValue.YesNo.YES, composed));
        assertThat(AssessmentFingerprint.of("c-1", small(nfd, new byte[0])))
                .isEqualTo(AssessmentFingerprint.of("c-1", small(nfc, new byte[0])));
    }

    @Test
    void survivesAnExchangeRoundTripOfManyRandomDocuments() throws ExchangeException {
        Random r = new Random(Randomised.SEED);
        for (int i = 0; i < 100; i++) {
            ExchangeDocument doc = ExchangeTest.sample(r);
            ExchangeDocument back = ExchangeReader.read(ExchangeWriter.write(doc));
            CompanyFile before = doc.companies().get(0);
            CompanyFile after = back.companies().get(0);
            assertThat(AssessmentFingerprint.of(after.company().id(), after.assessments().get(0)))
                    .as("case %d", i).isEqualTo(AssessmentFingerprint.of(before.company().id(), before.assessments().get(0)));
        }
    }

    @Test
    void profileTargetsAndActionsAreOutsideTheFingerprint() {
        Company c = new Company("c-1", "A", "textile-garment", "Hà Nội", new CompanyProfile(null, 10, null, null, null));
        // Only the company id enters: editing a profile never "damages" a final assessment.
        String withAnswers = AssessmentFingerprint.canonicalData(c.id(), small(answers(), new byte[0]));
        assertThat(withAnswers).doesNotContain("Hà Nội").doesNotContain("FINAL").doesNotContain("2026-03-01");
    }
}
