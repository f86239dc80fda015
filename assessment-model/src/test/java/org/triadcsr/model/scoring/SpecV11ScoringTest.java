package org.triadcsr.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triadcsr.model.TestPacks.annual;
import static org.triadcsr.model.TestPacks.choice;
import static org.triadcsr.model.TestPacks.level;
import static org.triadcsr.model.TestPacks.monthlyInput;
import static org.triadcsr.model.TestPacks.yesNo;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValidator;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.answer.InvalidAnswerException;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Severity;

/** The six engine rules of scoring spec v1.1, one group of tests each. */
class SpecV11ScoringTest {
    private static final Pack PACK = TestPacks.packV11();
    private static final CompanyProfile REGION_I = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, WageRegion.I);

    private static ScoreCard score(String period, Answer... answers) {
        return Scorer.score(PACK, Answers.of(List.of(answers)), REGION_I, "a1", "c1", period);
    }

    // Rule 1: limits on every kind of question.

    @Test
    void aForbiddenChoiceRaisesItsFlagAndAnAllowedOneDoesNot() {
        ScoreCard bad = score("2026", choice("env.wastewater.treatment", "untreated"));
        assertThat(bad.flagsOf("env.wastewater.treatment")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL))
                .satisfies(f -> assertThat(f.limit().forbidden()).containsExactly("untreated"));
        assertThat(score("2026", choice("env.wastewater.treatment", "central")).flags()).isEmpty();
    }

    @Test
    void aMaturityLevelBelowTheMinimumRaisesItsFlag() {
        assertThat(score("2026", level("soc.osh.risk", 0)).flagsOf("soc.osh.risk")).singleElement()
                .satisfies(f -> assertThat(f.limit().minLevel()).isEqualTo(1));
        assertThat(score("2026", level("soc.osh.risk", 1)).flags()).isEmpty();
    }

    // Rule 2: several limits on one question, each its own flag naming its limit.

    @Test
    void overtimeAboveTwoHundredIsMajorAndAboveThreeHundredAlsoCritical() {
        assertThat(score("2026", annual("soc.hours.overtime-year", "ot_year_max_h", 200)).flags()).isEmpty();
        List<Flag> at250 = score("2026", annual("soc.hours.overtime-year", "ot_year_max_h", 250)).flags();
        assertThat(at250).extracting(Flag::severity).containsExactly(Severity.MAJOR);
        assertThat(at250.get(0).bound()).isEqualTo(200.0);
        List<Flag> at320 = score("2026", annual("soc.hours.overtime-year", "ot_year_max_h", 320)).flags();
        assertThat(at320).extracting(Flag::severity).containsExactly(Severity.MAJOR, Severity.CRITICAL);
        assertThat(at320).extracting(f -> f.limit().describe()).containsExactly("max 200", "max 300");
        assertThat(at320).extracting(f -> f.basis().in("en")).allMatch(b -> b.startsWith("Labour Code 2019, Art. 107"))
                .doesNotHaveDuplicates();
    }

    // Rule 3: limits that change with the law.

    @Test
    void theMinimumWageInForceOnThePeriodsLastDayApplies() {
        Answer wage5m = annual("soc.wages.lowest-wage", "lowest_wage_vnd", 5_000_000);
        assertThat(score("2025", wage5m).flags()).as("Decree 74/2024: 4.96 M in region I").isEmpty();
        assertThat(score("2026", wage5m).flagsOf("soc.wages.lowest-wage")).singleElement()
                .satisfies(f -> assertThat(f.basis().in("en")).isEqualTo("Decree 293/2025/ND-CP"))
                .satisfies(f -> assertThat(f.bound()).isEqualTo(5_310_000.0));
        assertThat(score("2025-07/2026-06", wage5m).flags()).as("a span ending in 2026").hasSize(1);
        Answer wage4_9m = annual("soc.wages.lowest-wage", "lowest_wage_vnd", 4_900_000);
        assertThat(score("2025", wage4_9m).flagsOf("soc.wages.lowest-wage")).singleElement()
                .satisfies(f -> assertThat(f.basis().in("en")).isEqualTo("Decree 74/2024/ND-CP"));
    }

    @Test
    void aMonthlyInputIsCheckedMonthByMonthAgainstTheLimitInForceThatMonth() {
        // July 2025 to June 2026: 5.0 M is lawful in 2025 (Decree 74) and a breach in 2026 (Decree 293).
        Answer lawfulIn2025Only = monthlyInput("soc.wages.lowest-wage", "lowest_wage_vnd",
                5.0e6, 5.0e6, 5.0e6, 5.0e6, 5.0e6, 5.0e6, 5.4e6, 5.4e6, 5.4e6, 5.4e6, 5.4e6, 5.4e6);
        assertThat(score("2025-07/2026-06", lawfulIn2025Only).flags()).isEmpty();
        Answer lowInJanuary = monthlyInput("soc.wages.lowest-wage", "lowest_wage_vnd",
                5.0e6, 5.0e6, 5.0e6, 5.0e6, 5.0e6, 5.0e6, 5.2e6, 5.4e6, 5.4e6, 5.4e6, 5.4e6, 5.4e6);
        assertThat(score("2025-07/2026-06", lowInJanuary).flags()).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(5.2e6))
                .satisfies(f -> assertThat(f.basis().in("en")).isEqualTo("Decree 293/2025/ND-CP"));
    }

    @Test
    void aPeriodWithoutDatesAppliesNoDatedLimitButEveryUndatedOne() {
        ScoreCard card = score("FY 2025", annual("soc.wages.lowest-wage", "lowest_wage_vnd", 1_000_000),
                annual("soc.hours.overtime-year", "ot_year_max_h", 250));
        assertThat(card.flags()).extracting(Flag::questionId).containsExactly("soc.hours.overtime-year");
    }

    // Rule 4: a breach scores 0.

    @Test
    void aBreachScoresZeroOnEveryKindEvenATrackedKpi() {
        ScoreCard card = score("2026", choice("env.wastewater.treatment", "untreated"),
                annual("env.wastewater.cod", "cod_mg_l", 400), level("soc.osh.risk", 0), yesNo("soc.wages.contracts", "no"),
                annual("soc.hours.overtime-year", "ot_year_max_h", 250), annual("soc.wages.lowest-wage", "lowest_wage_vnd", 6e6));
        assertThat(card.question("env.wastewater.cod").orElseThrow())
                .isEqualTo(new ScoreCard.QuestionResult("env.wastewater.cod", QuestionStatus.SCORED, 0.0));
        assertThat(card.question("soc.hours.overtime-year").orElseThrow().status()).isEqualTo(QuestionStatus.SCORED);
        assertThat(card.topic("env.wastewater").orElseThrow().score()).isZero();
        assertThat(card.topic("soc.hours").orElseThrow().score()).as("a tracked KPI alone, breached").isZero();
        assertThat(card.topic("soc.wages").orElseThrow().score()).as("contracts 'no' scores 0 anyway; wage tracked").isZero();
        ScoreCard lawful = score("2026", annual("soc.hours.overtime-year", "ot_year_max_h", 150));
        assertThat(lawful.question("soc.hours.overtime-year").orElseThrow().status()).isEqualTo(QuestionStatus.TRACKED);
        assertThat(lawful.topic("soc.hours").orElseThrow().score()).isNull();
    }

    @Test
    void aBreachOnAChoiceWithPointsStillScoresZero() {
        ScoreCard card = score("2026", level("soc.osh.risk", 0));
        assertThat(card.question("soc.osh.risk").orElseThrow().score()).isZero();
    }

    // Rule 5: benchmark quality; only A and B score, C is indicative.

    @Test
    void aQualityCBenchmarkIsIndicativeAndUnscoredWhileQualityBScores() {
        ScoreCard card = score("2026", annual("prd.line.efficiency", "eff_pct", 60), annual("prd.line.oee", "oee_pct", 60));
        ScoreCard.KpiResult indicative = card.kpi("prd.line.efficiency").orElseThrow();
        assertThat(indicative.score()).isNull();
        assertThat(indicative.band()).isEqualTo(Band.ABOVE_TYPICAL);
        assertThat(indicative.indicative()).isTrue();
        assertThat(card.question("prd.line.efficiency").orElseThrow().status()).isEqualTo(QuestionStatus.TRACKED);
        ScoreCard.KpiResult scored = card.kpi("prd.line.oee").orElseThrow();
        assertThat(scored.score()).isEqualTo(50.0);
        assertThat(scored.indicative()).isFalse();
        assertThat(card.topic("prd.line").orElseThrow().score()).as("only OEE counts").isEqualTo(50.0);
        String json = ScoreCardJson.write(card, "en");
        assertThat(json).contains("\"indicative\" : true");
        assertThat(json.indexOf("\"indicative\"")).isEqualTo(json.lastIndexOf("\"indicative\""));
    }

    // Rule 6: an input that only makes sense as one figure for the year.

    @Test
    void anAnnualOnlyInputCannotBeEnteredByMonth() {
        var q = PACK.question("soc.hours.overtime-year").orElseThrow();
        Answer byMonth = monthlyInput("soc.hours.overtime-year", "ot_year_max_h",
                20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0);
        assertThatThrownBy(() -> AnswerValidator.check(q, byMonth.value()))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("one figure for the whole period")
                .satisfies(e -> assertThat(((InvalidAnswerException) e).messageIn("vi")).contains("không nhập theo từng tháng"));
        ScoreCard card = score("2026", byMonth);
        assertThat(card.question("soc.hours.overtime-year").orElseThrow().status()).isEqualTo(QuestionStatus.UNANSWERED);
        assertThat(card.flags()).isEmpty();
    }

    @Test
    void flagsInJsonNameTheirLimit() {
        String json = ScoreCardJson.write(score("2026", annual("soc.hours.overtime-year", "ot_year_max_h", 320)), "en");
        assertThat(json).contains("\"limit\" : \"max 200\"").contains("\"limit\" : \"max 300\"");
    }
}
