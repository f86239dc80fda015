package org.triadcsr.model.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;

/** Validation of the spec v1.1 pack rules: every problem has its message, JSON pointer, line and column. */
class SpecV11ValidatorTest {
    private static String edit(String from, String to) {
        String json = TestPacks.jsonV11();
        assertThat(json).contains(from);
        return json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static PackProblem only(String json) {
        List<PackProblem> found = PackReader.validate(json, "v11.json");
        assertThat(found).as("problems").hasSize(1);
        return found.get(0);
    }

    private static long lineOf(String json, String text) {
        int at = json.indexOf(text);
        assertThat(at).isNotNegative();
        return json.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }

    @Test
    void theV11TestPackIsValidAndCarriesEveryNewKindOfLimit() {
        Pack pack = TestPacks.packV11();
        assertThat(pack.question("env.wastewater.treatment").orElseThrow().limits().get(0).forbidden()).containsExactly("untreated");
        assertThat(pack.question("soc.osh.risk").orElseThrow().limits().get(0).minLevel()).isEqualTo(1);
        assertThat(pack.question("soc.hours.overtime-year").orElseThrow().limits()).hasSize(2);
        assertThat(pack.question("soc.wages.lowest-wage").orElseThrow().limits().get(1).from()).hasToString("2026-01-01");
        assertThat(pack.question("soc.hours.overtime-year").orElseThrow().kpi().inputs().get(0).annualOnly()).isTrue();
        assertThat(pack.question("prd.line.efficiency").orElseThrow().kpi().benchmark().quality()).isEqualTo("C");
        assertThat(pack.question("prd.line.efficiency").orElseThrow().kpi().indicative()).isTrue();
    }

    @Test
    void rule1ForbiddenMustNameOptionsOfTheQuestion() {
        String json = edit("\"forbidden\": [\"untreated\"]", "\"forbidden\": [\"raw\"]");
        PackProblem p = only(json);
        assertThat(p.message()).isEqualTo("'forbidden' names 'raw', which is not an option of this question (options: untreated, central, own)");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/0/questions/0/limits/0/forbidden/0");
        assertThat(p.line()).isEqualTo(lineOf(json, "\"raw\""));
        assertThat(p.column()).isGreaterThan(1);
    }

    @Test
    void rule1AMaturityLimitIsAWholeLevelFromOneToFour() {
        String json = edit("\"limits\": [{\"min\": 1, \"severity\": \"major\"", "\"limits\": [{\"min\": 5, \"severity\": \"major\"");
        PackProblem p = only(json);
        assertThat(p.message()).isEqualTo("a maturity limit's 'min' must be a whole level from 1 to 4 (got 5)");
        assertThat(p.pointer()).isEqualTo("/domains/1/topics/0/questions/0/limits/0/min");
        assertThat(p.line()).isEqualTo(lineOf(json, "\"min\": 5"));
    }

    @Test
    void rule1ALimitFieldOfAnotherKindIsNamed() {
        PackProblem p = only(edit("\"forbidden\": [\"untreated\"], \"severity\"", "\"forbidden\": [\"untreated\"], \"max\": 3, \"severity\""));
        assertThat(p.message()).startsWith("a choice question's limit is {\"forbidden\": [option ids]}; 'max' belongs to another kind");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/0/questions/0/limits/0/max");
    }

    @Test
    void rule2TheCriticalLimitMustLieBeyondTheMajorOne() {
        String json = edit("{\"max\": 300, \"severity\": \"critical\"", "{\"max\": 150, \"severity\": \"critical\"");
        PackProblem p = only(json);
        assertThat(p.message()).isEqualTo("the critical limit (max 150) must lie beyond the major one (max 200): a critical max above the major max");
        assertThat(p.pointer()).isEqualTo("/domains/1/topics/1/questions/0/limits/1");
        assertThat(p.line()).isEqualTo(lineOf(json, "{\"max\": 150, \"severity\": \"critical\""));
    }

    @Test
    void rule2TwoLimitsOfOneSeverityOnOneFigureInForceTogetherAreRefused() {
        PackProblem p = only(edit("{\"max\": 300, \"severity\": \"critical\"", "{\"max\": 300, \"severity\": \"major\""));
        assertThat(p.message()).startsWith("this limit checks the same figure as limit 0 (max 200) with the same severity while both are in force");
    }

    @Test
    void rule3DatesAreIsoAndUntilIsNotBeforeFrom() {
        String json = edit("\"until\": \"2025-12-31\"", "\"until\": \"31/12/2025\"");
        List<PackProblem> found = PackReader.validate(json, "v11.json");
        assertThat(found).extracting(PackProblem::message)
                .contains("'until' must be a date such as 2026-01-01 (got '31/12/2025')");
        assertThat(found.get(0).pointer()).isEqualTo("/domains/1/topics/2/questions/0/limits/0/until");
        assertThat(found.get(0).line()).isEqualTo(lineOf(json, "31/12/2025"));
        PackProblem reversed = only(edit("\"from\": \"2026-01-01\"", "\"from\": \"2026-01-01\", \"until\": \"2025-06-30\""));
        assertThat(reversed.message()).startsWith("'until' (2025-06-30) is before 'from' (2026-01-01)");
        assertThat(reversed.pointer()).endsWith("/limits/1/until");
    }

    @Test
    void rule3OverlappingDatedLimitsOfOneSeverityAreRefused() {
        PackProblem p = only(edit("\"from\": \"2026-01-01\"", "\"from\": \"2025-12-01\""));
        assertThat(p.message()).contains("give them 'from' and 'until' dates that do not overlap");
        assertThat(p.pointer()).isEqualTo("/domains/1/topics/2/questions/0/limits/1");
    }

    @Test
    void rule5ABenchmarkQualityMustAgreeWithItsSource() {
        String json = edit("\"source\": \"src-c\", \"year\": 2024}", "\"source\": \"src-c\", \"year\": 2024, \"quality\": \"A\"}");
        PackProblem p = only(json);
        assertThat(p.message()).isEqualTo("the benchmark's quality 'A' differs from its source's quality 'C'; a benchmark carries its source's quality");
        assertThat(p.pointer()).isEqualTo("/domains/2/topics/0/questions/0/kpi/benchmark/quality");
        assertThat(p.line()).isEqualTo(lineOf(json, "\"quality\": \"A\""));
    }

    @Test
    void rule5ABenchmarkWithoutAnyQualityIsRefused() {
        PackProblem p = only(edit("{\"id\": \"src-c\", \"citation\": \"Vendor blog C\", \"year\": 2024, \"quality\": \"C\"}",
                "{\"id\": \"src-c\", \"citation\": \"Vendor blog C\", \"year\": 2024}"));
        assertThat(p.message()).startsWith("the benchmark needs its source's quality: A (official");
        assertThat(p.pointer()).isEqualTo("/domains/2/topics/0/questions/0/kpi/benchmark");
    }

    @Test
    void rule6AnAnnualOnlyInputCannotAskForMonths() {
        String json = edit("\"aggregate\": \"sum\", \"entry\": \"annual\"", "\"aggregate\": \"sum\", \"entry\": \"annual\", \"period\": \"monthly\"");
        PackProblem p = only(json);
        assertThat(p.message()).startsWith("an input with \"entry\": \"annual\" is one figure for the whole period");
        assertThat(p.pointer()).isEqualTo("/domains/1/topics/1/questions/0/kpi/inputs/0/entry");
        PackProblem unknown = only(edit("\"entry\": \"annual\"", "\"entry\": \"weekly\""));
        assertThat(unknown.message()).isEqualTo("'weekly' is not a known entry (allowed: annual, monthly_or_annual)");
    }
}
