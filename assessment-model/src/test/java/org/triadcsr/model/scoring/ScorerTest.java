package org.triadcsr.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.triadcsr.model.TestPacks.annual;
import static org.triadcsr.model.TestPacks.choice;
import static org.triadcsr.model.TestPacks.level;
import static org.triadcsr.model.TestPacks.monthly;
import static org.triadcsr.model.TestPacks.na;
import static org.triadcsr.model.TestPacks.yesNo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Severity;

class ScorerTest {
    private static final Pack PACK = TestPacks.pack();
    private static final CompanyProfile SMALL = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, WageRegion.I);
    private static final CompanyProfile MEDIUM = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 150, 100.0, null, WageRegion.I);

    private static ScoreCard score(CompanyProfile profile, Answer... answers) {
        return Scorer.score(PACK, Answers.of(List.of(answers)), profile, "a1", "c1");
    }

    /** Every question answered well: the baseline most tests change one thing of. */
    private static List<Answer> full() {
        return new ArrayList<>(List.of(level("env.water.metering", 4),
                annual("env.water.intensity", "water_m3", 2, "output_kg", 40),
                yesNo("env.energy.audit", "yes"),
                annual("soc.hours.overtime-month", "ot_max_month_h", 20),
                yesNo("soc.hours.consent", "yes"),
                annual("soc.wages.lowest-wage", "lowest_wage_vnd", 6_000_000),
                choice("soc.wages.payslip", "all"),
                level("prd.5s.practice", 2)));
    }

    @ParameterizedTest(name = "maturity level {0} scores {1}")
    @CsvSource({"0,0", "1,25", "2,50", "3,75", "4,100"})
    void maturityScoresTwentyFivePerLevel(int lvl, double expected) {
        assertThat(score(SMALL, level("env.water.metering", lvl)).question("env.water.metering").orElseThrow().score())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "yes/no {0} scores {1}")
    @CsvSource({"yes,100", "partial,50", "no,0"})
    void yesNoScores(String answer, double expected) {
        assertThat(score(MEDIUM, yesNo("env.energy.audit", answer)).question("env.energy.audit").orElseThrow().score())
                .isEqualTo(expected);
    }

    @Test
    void choiceScoresTheOptionsPoints() {
        assertThat(score(SMALL, choice("soc.wages.payslip", "some")).question("soc.wages.payslip").orElseThrow().score())
                .isEqualTo(40.0);
    }

    @Test
    void kpiValueIsScoredAgainstItsBenchmark() {
        ScoreCard card = score(SMALL, annual("env.water.intensity", "water_m3", 3, "output_kg", 40)); // 75 L/kg
        ScoreCard.KpiResult kpi = card.kpi("env.water.intensity").orElseThrow();
        assertThat(kpi.value()).isEqualTo(75.0);
        assertThat(kpi.score()).isCloseTo(75.0, within(1e-9));
        assertThat(kpi.band()).isEqualTo(Band.ABOVE_TYPICAL);
        assertThat(kpi.unit()).isEqualTo("L/kg");
    }

    @Test
    void divisorZeroLeavesTheKpiUnansweredNeverZero() {
        ScoreCard card = score(SMALL, annual("env.water.intensity", "water_m3", 3, "output_kg", 0));
        assertThat(card.question("env.water.intensity").orElseThrow().status()).isEqualTo(QuestionStatus.UNANSWERED);
        assertThat(card.kpi("env.water.intensity").orElseThrow().value()).isNull();
        assertThat(card.topic("env.water").orElseThrow().score()).isNull();
    }

    @Test
    void summedInputNeedsAllTwelveMonthsAndSaysWhichAreMissing() {
        Double[] months = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, null};
        Answer partial = Answer.of("env.water.intensity", new AnswerValue.KpiInputs(Map.of(
                "water_m3", monthly(months), "output_kg", new org.triadcsr.model.answer.InputValue.Annual(100))));
        ScoreCard.KpiResult kpi = score(SMALL, partial).kpi("env.water.intensity").orElseThrow();
        assertThat(kpi.value()).isNull();
        assertThat(kpi.detail().missingMonths()).containsEntry("water_m3", List.of(12));
        months[11] = 1.0;
        Answer whole = Answer.of("env.water.intensity", new AnswerValue.KpiInputs(Map.of(
                "water_m3", monthly(months), "output_kg", new org.triadcsr.model.answer.InputValue.Annual(100))));
        assertThat(score(SMALL, whole).kpi("env.water.intensity").orElseThrow().value()).isEqualTo(120.0);
    }

    @Test
    void meanInputUsesTheMonthsEntered() {
        Answer a = Answer.of("soc.hours.overtime-month", new AnswerValue.KpiInputs(Map.of("ot_max_month_h",
                monthly(30.0, 50.0, null, null, null, null, null, null, null, null, null, null))));
        assertThat(score(SMALL, a).kpi("soc.hours.overtime-month").orElseThrow().value()).isEqualTo(40.0);
    }

    @Test
    void aBadMonthIsNeverAveragedAwayFromALegalLimit() {
        Answer overtime = Answer.of("soc.hours.overtime-month", new AnswerValue.KpiInputs(Map.of("ot_max_month_h",
                monthly(30.0, 50.0, null, null, null, null, null, null, null, null, null, null))));
        ScoreCard card = score(SMALL, overtime);
        assertThat(card.kpi("soc.hours.overtime-month").orElseThrow().value()).isEqualTo(40.0);   // the mean is shown
        assertThat(card.criticalFlags()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(50.0));
        Double[] wages = new Double[12];
        java.util.Arrays.fill(wages, 6_000_000.0);
        wages[6] = 5_000_000.0;   // one month below region I's minimum
        Answer wage = Answer.of("soc.wages.lowest-wage", new AnswerValue.KpiInputs(Map.of("lowest_wage_vnd", monthly(wages))));
        assertThat(score(SMALL, wage).criticalFlags()).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(5_000_000.0));
    }

    @Test
    void trackedKpiHasAValueButNoScoreAndCountsAsAnswered() {
        ScoreCard card = score(SMALL, annual("soc.hours.overtime-month", "ot_max_month_h", 12));
        assertThat(card.question("soc.hours.overtime-month").orElseThrow().status()).isEqualTo(QuestionStatus.TRACKED);
        ScoreCard.KpiResult kpi = card.kpi("soc.hours.overtime-month").orElseThrow();
        assertThat(kpi.value()).isEqualTo(12.0);
        assertThat(kpi.score()).isNull();
        assertThat(kpi.band()).isNull();
        assertThat(card.topic("soc.hours").orElseThrow().score()).isNull();
    }

    @Test
    void topicWeightsRedistributeOverDefinedTopicsOnly() {
        // env.water: metering 100 (kpi unanswered) -> 100; env.energy (weight 3): audit 0 -> 0.
        ScoreCard both = score(MEDIUM, level("env.water.metering", 4), yesNo("env.energy.audit", "no"));
        assertThat(both.domain("environment").orElseThrow().score()).isCloseTo(25.0, within(1e-9));
        // Without the energy answer its topic is undefined and its weight drops out.
        ScoreCard one = score(MEDIUM, level("env.water.metering", 4));
        assertThat(one.domain("environment").orElseThrow().score()).isEqualTo(100.0);
    }

    @Test
    void questionsWithinATopicAverage() {
        ScoreCard card = score(SMALL, level("env.water.metering", 2), annual("env.water.intensity", "water_m3", 2, "output_kg", 40));
        assertThat(card.topic("env.water").orElseThrow().score()).isCloseTo(75.0, within(1e-9)); // (50 + 100) / 2
    }

    @Test
    void allNotApplicableLeavesScoresUndefined() {
        ScoreCard card = score(SMALL, na("prd.5s.practice"));
        assertThat(card.topic("prd.5s").orElseThrow().score()).isNull();
        assertThat(card.domain("productivity").orElseThrow().score()).isNull();
        assertThat(card.domain("productivity").orElseThrow().completeness()).isEqualTo(1.0);
        assertThat(card.question("prd.5s.practice").orElseThrow().status()).isEqualTo(QuestionStatus.NA);
    }

    @Test
    void nothingAnsweredIsUndefinedAndIncomplete() {
        ScoreCard card = score(SMALL);
        assertThat(card.overall()).isNull();
        assertThat(card.rating()).isEqualTo(Rating.INCOMPLETE);
        assertThat(card.completeness()).isEqualTo(0.0);
        assertThat(card.questions()).hasSize(PACK.questions().size());
        assertThat(card.kpis()).hasSize(3);
    }

    @Test
    void fullAnswersRateByScore() {
        ScoreCard card = score(MEDIUM, full().toArray(Answer[]::new));
        assertThat(card.completeness()).isEqualTo(1.0);
        assertThat(card.flags()).isEmpty();
        // environment: water (100+100)/2 = 100 w1, energy 100 w3 -> 100; social: payslip 100; productivity: 50
        assertThat(card.overall()).isCloseTo((100 + 100 + 50) / 3.0, within(1e-9));
        assertThat(card.rating()).isEqualTo(Rating.LEADER);
    }

    @Test
    void criticalFlagCapsTheRatingAtDevelopingAndTheBreachScoresZero() {
        List<Answer> answers = full();
        answers.set(3, annual("soc.hours.overtime-month", "ot_max_month_h", 52));
        ScoreCard card = score(MEDIUM, answers.toArray(Answer[]::new));
        ScoreCard clean = score(MEDIUM, full().toArray(Answer[]::new));
        // spec v1.1: the breached (otherwise tracked) KPI scores 0: hours (0 + 100) / 2, social (50 + 100) / 2 = 75
        assertThat(card.overall()).isCloseTo((100 + 75 + 50) / 3.0, within(1e-9));
        assertThat(clean.overall()).isCloseTo((100 + 100 + 50) / 3.0, within(1e-9));
        assertThat(card.rating()).isEqualTo(Rating.DEVELOPING);
        assertThat(card.ratingCappedByCriticalFlag()).isTrue();
        assertThat(clean.ratingCappedByCriticalFlag()).isFalse();
        assertThat(card.criticalFlags()).singleElement().satisfies(f -> {
            assertThat(f.questionId()).isEqualTo("soc.hours.overtime-month");
            assertThat(f.value()).isEqualTo(52.0);
            assertThat(f.bound()).isEqualTo(40.0);
        });
    }

    @Test
    void overtimeExactlyAtTheCapRaisesNoFlag() {
        assertThat(score(SMALL, annual("soc.hours.overtime-month", "ot_max_month_h", 40)).flags()).isEmpty();
    }

    @Test
    void minimumWageFollowsTheCompanysRegion() {
        Answer wage = annual("soc.wages.lowest-wage", "lowest_wage_vnd", 4_500_000);
        CompanyProfile regionI = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, WageRegion.I);
        CompanyProfile regionIII = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, WageRegion.III);
        assertThat(score(regionI, wage).flags()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.bound()).isEqualTo(5_310_000.0);
        });
        assertThat(score(regionIII, wage).flags()).isEmpty();
        // Unknown region: the lowest regional minimum, so a flag is a breach anywhere.
        CompanyProfile unknown = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, null);
        assertThat(score(unknown, wage).flags()).isEmpty();
        assertThat(score(unknown, annual("soc.wages.lowest-wage", "lowest_wage_vnd", 3_600_000)).flags()).hasSize(1);
    }

    @Test
    void yesNoLimitFlagsAnyOtherAnswerButNotNaOrUnanswered() {
        assertThat(score(SMALL, yesNo("soc.hours.consent", "no")).flags()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MAJOR));
        assertThat(score(SMALL, yesNo("soc.hours.consent", "yes")).flags()).isEmpty();
        assertThat(score(SMALL).flags()).isEmpty();
    }

    @Test
    void majorFlagDoesNotCapTheRating() {
        List<Answer> answers = full();
        answers.set(4, yesNo("soc.hours.consent", "no"));
        ScoreCard card = score(MEDIUM, answers.toArray(Answer[]::new));
        assertThat(card.flags()).hasSize(1);
        assertThat(card.rating()).isIn(Rating.LEADER, Rating.ADVANCED);
    }

    @Test
    void completenessJustUnderPointEightIsIncompleteAndAtPointEightIsRated() {
        // Small company: 7 expected questions (the advanced energy audit is not expected).
        List<Answer> answers = full();
        answers.removeIf(a -> a.questionId().equals("env.energy.audit"));
        ScoreCard seven = score(SMALL, answers.toArray(Answer[]::new));
        assertThat(seven.completeness()).isEqualTo(1.0);
        // Medium company: 8 expected; drop two -> 6/8 = 0.75 < 0.8.
        List<Answer> six = full();
        six.removeIf(a -> a.questionId().equals("prd.5s.practice") || a.questionId().equals("soc.wages.payslip"));
        ScoreCard under = score(MEDIUM, six.toArray(Answer[]::new));
        assertThat(under.completeness()).isEqualTo(0.75);
        assertThat(under.rating()).isEqualTo(Rating.INCOMPLETE);
        // A pack-free check of the boundary itself: exactly 0.8 is rated.
        assertThat(Scorer.rating(70.0, 0.8, List.of())).isEqualTo(Rating.ADVANCED);
        assertThat(Scorer.rating(70.0, 0.7999, List.of())).isEqualTo(Rating.INCOMPLETE);
    }

    @Test
    void advancedQuestionsCountForMediumButNotSmallCompanies() {
        ScoreCard small = score(SMALL, level("env.water.metering", 4));
        ScoreCard medium = score(MEDIUM, level("env.water.metering", 4));
        assertThat(small.completeness()).isEqualTo(1.0 / 7);
        assertThat(medium.completeness()).isEqualTo(1.0 / 8);
        // Answered anyway, it is still scored for a small company.
        ScoreCard answered = score(SMALL, yesNo("env.energy.audit", "yes"));
        assertThat(answered.topic("env.energy").orElseThrow().score()).isEqualTo(100.0);
        assertThat(answered.completeness()).isEqualTo(0.0);
    }

    @Test
    void unknownSizeExpectsEveryQuestion() {
        ScoreCard card = score(CompanyProfile.unknown(), level("env.water.metering", 4));
        assertThat(card.completeness()).isEqualTo(1.0 / 8);
    }

    @ParameterizedTest(name = "overall {0} rates {1}")
    @CsvSource({"80, LEADER", "79.99, ADVANCED", "60, ADVANCED", "59.9, DEVELOPING", "40, DEVELOPING", "39.9, BEGINNER", "0, BEGINNER"})
    void ratingThresholds(double overall, Rating expected) {
        assertThat(Scorer.rating(overall, 1.0, List.of())).isEqualTo(expected);
    }
}
