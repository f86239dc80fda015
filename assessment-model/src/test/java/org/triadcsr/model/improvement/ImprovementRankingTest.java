package org.triadcsr.model.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.triadcsr.model.TestPacks.annual;
import static org.triadcsr.model.TestPacks.choice;
import static org.triadcsr.model.TestPacks.level;
import static org.triadcsr.model.TestPacks.na;
import static org.triadcsr.model.TestPacks.yesNo;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

class ImprovementRankingTest {
    private static final Pack PACK = TestPacks.pack();
    private static final CompanyProfile COMPANY = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, WageRegion.I);

    private static List<Improvement> rank(Answer... answers) {
        return ImprovementRanking.rank(PACK, Answers.of(List.of(answers)), COMPANY);
    }

    private static Improvement step(List<Improvement> list, String questionId) {
        return list.stream().filter(i -> i.questionId().equals(questionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no step for " + questionId + " in " + list));
    }

    /** A middling assessment with a critical overtime flag, a major consent flag and a wage below the minimum. */
    private static Answer[] middling() {
        return new Answer[] {level("env.water.metering", 2),
            annual("env.water.intensity", "water_m3", 8, "output_kg", 40),
            yesNo("env.energy.audit", "no"),
            annual("soc.hours.overtime-month", "ot_max_month_h", 60),
            yesNo("soc.hours.consent", "no"),
            annual("soc.wages.lowest-wage", "lowest_wage_vnd", 5_000_000),
            choice("soc.wages.payslip", "some"),
            level("prd.5s.practice", 1)};
    }

    @Test
    void theGainOfOneMaturityLevelIsWorkedOutByHand() {
        // environment = metering 50 alone; productivity = 5S 100: overall (50 + 100) / 2 = 75. Level 3 makes it 87.5.
        List<Improvement> list = rank(level("env.water.metering", 2), level("prd.5s.practice", 4));
        Improvement metering = step(list, "env.water.metering");
        assertThat(metering.step()).isEqualTo(Improvement.Step.NEXT_BETTER);
        assertThat(metering.to()).isEqualTo(new AnswerValue.Level(3));
        assertThat(metering.overallBefore()).isEqualTo(75.0);
        assertThat(metering.gain()).isCloseTo(12.5, within(1e-9));
        assertThat(list).noneMatch(i -> i.questionId().equals("prd.5s.practice"));
    }

    @Test
    void everyGainIsTheScorersOverallWithThatOneAnswerChanged() {
        Answer[] answers = middling();
        ScoreCard base = Scorer.score(PACK, Answers.of(List.of(answers)), COMPANY, "", "");
        for (Improvement i : rank(answers)) {
            List<Answer> changed = new ArrayList<>(List.of(answers));
            changed.removeIf(a -> a.questionId().equals(i.questionId()));
            changed.add(Answer.of(i.questionId(), i.to()));
            ScoreCard tried = Scorer.score(PACK, Answers.of(changed), COMPANY, "", "");
            assertThat(i.gain()).as(i.questionId()).isCloseTo(tried.overall() - base.overall(), within(1e-9));
            assertThat(i.overallAfter()).isEqualTo(tried.overall());
        }
    }

    @Test
    void rankedByGainLargestFirst() {
        List<Improvement> list = rank(middling());
        assertThat(list).hasSizeGreaterThan(4);
        for (int k = 1; k < list.size(); k++) {
            assertThat(list.get(k - 1).gain()).isGreaterThanOrEqualTo(list.get(k).gain());
        }
    }

    @Test
    void nextBetterAnswersFollowEachKind() {
        List<Improvement> list = rank(middling());
        assertThat(step(list, "env.energy.audit").to()).as("partial allowed").isEqualTo(AnswerValue.YesNo.PARTIAL);
        assertThat(step(list, "soc.hours.consent").to()).as("no partial").isEqualTo(AnswerValue.YesNo.YES);
        assertThat(step(list, "soc.wages.payslip").to()).isEqualTo(new AnswerValue.Choice("all"));
        assertThat(step(list, "prd.5s.practice").to()).isEqualTo(new AnswerValue.Level(2));
    }

    @Test
    void aPoorKpiStepsToTheTypicalValueAndScoresFifty() {
        // 8 m³ × 1000 / 40 kg = 200 L/kg: poor (score 0). The step reaches typical, 100 L/kg, which scores 50.
        Improvement water = step(rank(middling()), "env.water.intensity");
        assertThat(water.scoreBefore()).isEqualTo(0.0);
        assertThat(water.scoreAfter()).isCloseTo(50.0, within(1e-9));
        assertThat(water.actions()).extracting(a -> a.id()).containsExactly("act.env.water.meters");
    }

    @Test
    void stepsThatClearFlagsSayWhichAndCriticalOnesAreNamed() {
        List<Improvement> list = rank(middling());
        Improvement overtime = step(list, "soc.hours.overtime-month");
        assertThat(overtime.clearedFlags()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(overtime.clearsCriticalFlag()).isTrue();
        Improvement wage = step(list, "soc.wages.lowest-wage");
        assertThat(wage.clearsCriticalFlag()).isTrue();
        assertThat(step(list, "soc.hours.consent").clearedFlags()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MAJOR));
        assertThat(step(list, "env.energy.audit").clearedFlags()).isEmpty();
    }

    @Test
    void anUnansweredQuestionIsAnsweredAtFullMarksAndNotApplicableIsLeftAlone() {
        List<Improvement> list = rank(level("env.water.metering", 4), na("env.energy.audit"), level("prd.5s.practice", 0));
        Improvement payslip = step(list, "soc.wages.payslip");
        assertThat(payslip.step()).isEqualTo(Improvement.Step.ANSWER);
        assertThat(payslip.from()).isNull();
        assertThat(payslip.to()).isEqualTo(new AnswerValue.Choice("all"));
        assertThat(list).noneMatch(i -> i.questionId().equals("env.energy.audit"));
        assertThat(list).as("an unanswered KPI has no step").noneMatch(i -> i.questionId().equals("env.water.intensity"));
    }

    @Test
    void nothingToGainGivesAnEmptyList() {
        assertThat(rank(level("env.water.metering", 4), annual("env.water.intensity", "water_m3", 1, "output_kg", 40),
                yesNo("env.energy.audit", "yes"), annual("soc.hours.overtime-month", "ot_max_month_h", 10),
                yesNo("soc.hours.consent", "yes"), annual("soc.wages.lowest-wage", "lowest_wage_vnd", 6_000_000),
                choice("soc.wages.payslip", "all"), level("prd.5s.practice", 4))).isEmpty();
    }
}
