package org.triadcsr.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValidator;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.exchange.ExchangeWriter;
import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.QuestionStatus;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

/**
 * The breaches a buyer's auditor raises in a Vietnamese factory (packs issue, item 1): an exchange file per
 * sector with every one of them scores with every expected flag, each breached question scoring 0; the same
 * company's 2025 assessment is judged by the minimum wage of Decree 74/2024, its 2026 one by Decree 293/2025.
 */
class AuditorFlagsTest {
    /** Item 1, in every pack that has the question. */
    static final List<String> AUDITOR_FLAGS = List.of("env.wastewater.treatment", "soc.ohs.exits-unlocked",
            "soc.ethics.records-integrity", "soc.child.hazardous-work", "soc.contracts.social-insurance",
            "soc.contracts.written", "soc.forced.recruitment-fees", "soc.harassment.prevention", "soc.ohs.health-checks",
            "soc.ohs.exposure-monitoring", "soc.ohs.chemical-exposure", "env.chemicals.sds-coverage",
            "env.chemicals.inventory-sds", "env.wood.legal-share", "env.air.no-open-burning", "env.waste.e-waste",
            "soc.child.age-verification", "soc.child.young-workers", "soc.hours.overtime-year", "soc.wages.lowest-wage");
    /** Item 1 and 2: in every pack. */
    static final List<String> IN_EVERY_PACK = List.of("env.wastewater.treatment", "soc.ohs.exits-unlocked",
            "soc.ethics.records-integrity", "soc.child.hazardous-work", "soc.contracts.social-insurance",
            "soc.contracts.written", "soc.harassment.prevention", "soc.ohs.health-checks", "soc.child.age-verification",
            "soc.child.young-workers", "soc.hours.paid-leave", "soc.hours.weekly-hours", "soc.hours.daily-overtime",
            "soc.management.system");
    static final List<String> CRITICAL = List.of("env.wastewater.treatment", "soc.ohs.exits-unlocked",
            "soc.ethics.records-integrity", "soc.child.hazardous-work", "soc.wages.lowest-wage");
    static final CompanyProfile REGION_I = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 120, 80.0, null, WageRegion.I);

    static List<String> packs() {
        return BundledPacks.IDS;
    }

    /** An answer that breaks the question's first limit. */
    static AnswerValue breach(Question q) {
        Limit l = q.limits().get(0);
        return switch (q.kind()) {
            case YESNO -> new AnswerValue.YesNo("no");
            case CHOICE -> new AnswerValue.Choice(l.forbidden().get(0));
            case MATURITY -> new AnswerValue.Level(l.minLevel() - 1);
            case KPI -> kpiBreach(q);
        };
    }

    private static AnswerValue kpiBreach(Question q) {
        Map<String, InputValue> inputs = new HashMap<>();
        switch (q.id()) {
            case "soc.hours.overtime-year" -> inputs.put(q.kpi().inputs().get(0).id(), new InputValue.Annual(320));
            case "soc.wages.lowest-wage" -> inputs.put(q.kpi().inputs().get(0).id(), new InputValue.Annual(5_000_000));
            default -> {
                // a share in percent: numerator * 100 / denominator, 90 of 100
                String numerator = q.kpi().formula().source().split("[ *]")[0];
                q.kpi().inputs().forEach(i -> inputs.put(i.id(), new InputValue.Annual(i.id().equals(numerator) ? 90 : 100)));
            }
        }
        return new AnswerValue.KpiInputs(inputs);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPackAsksTheCoreQuestionsAnAuditorChecks(String id) {
        Pack pack = BundledPacks.get(id).orElseThrow();
        for (String q : IN_EVERY_PACK) {
            assertThat(pack.question(q)).as("%s in %s", q, id).isPresent();
        }
        for (String q : CRITICAL) {
            assertThat(pack.question(q).orElseThrow().limits()).as("limits of %s", q)
                    .anyMatch(l -> l.severity() == Severity.CRITICAL);
        }
        assertThat(pack.question("soc.child.age-verification").orElseThrow().limits())
                .extracting(Limit::severity).containsOnly(Severity.MAJOR);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void anExchangeFileWithEveryBreachScoresEveryFlagAnd2025IsJudgedByDecree74(String id) throws Exception {
        Pack pack = BundledPacks.get(id).orElseThrow();
        List<Answer> answers = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (String qid : AUDITOR_FLAGS) {
            pack.question(qid).ifPresent(q -> {
                if (q.kind() == QuestionKind.MATURITY && q.limits().isEmpty()) {
                    return;   // e.g. a chemical-inventory maturity scale: no level maps to "no safety data sheets"
                }
                assertThat(q.limits()).as("limits of %s in %s", qid, id).isNotEmpty();
                AnswerValue v = breach(q);
                try {
                    AnswerValidator.check(q, v);
                } catch (Exception e) {
                    throw new AssertionError(qid + ": " + e.getMessage(), e);
                }
                answers.add(Answer.of(qid, v));
                expected.add(qid);
            });
        }
        Company company = new Company("c-" + id, "Công ty thử " + id, id, "Bình Dương", REGION_I);
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        List<CompanyFile.AssessmentFile> files = new ArrayList<>();
        for (String period : List.of("2025", "2026")) {
            files.add(new CompanyFile.AssessmentFile(new Assessment("a-" + period, company.id(), pack.id(), pack.version(),
                    period, "Kiểm tra", AssessmentStatus.DRAFT, t, t), answers, List.of()));
        }
        String json = ExchangeWriter.write(new ExchangeDocument(1, "Triad test", t,
                List.of(new CompanyFile(company, files, List.of(), List.of()))));
        CompanyFile read = ExchangeReader.read(json).companies().get(0);

        Map<String, ScoreCard> cards = new HashMap<>();
        for (CompanyFile.AssessmentFile a : read.assessments()) {
            cards.put(a.assessment().period(), Scorer.score(pack, Answers.of(a.answers()), read.company().profile(),
                    a.assessment().id(), read.company().id(), a.assessment().period()));
        }
        ScoreCard y2026 = cards.get("2026");
        assertThat(new TreeSet<>(y2026.flags().stream().map(Flag::questionId).toList())).isEqualTo(expected);
        for (String qid : expected) {
            assertThat(y2026.question(qid).orElseThrow().status()).as(qid).isEqualTo(QuestionStatus.SCORED);
            assertThat(y2026.question(qid).orElseThrow().score()).as("a breach scores 0: %s", qid).isZero();
        }
        assertThat(y2026.flagsOf("soc.hours.overtime-year")).extracting(Flag::severity)
                .containsExactly(Severity.MAJOR, Severity.CRITICAL);
        assertThat(y2026.flagsOf("soc.wages.lowest-wage")).singleElement()
                .satisfies(f -> assertThat(f.basis().in("en")).contains("293/2025"))
                .satisfies(f -> assertThat(f.bound()).isEqualTo(5_310_000.0));
        assertThat(y2026.flagsOf("soc.child.age-verification")).extracting(Flag::severity).containsExactly(Severity.MAJOR);

        ScoreCard y2025 = cards.get("2025");
        assertThat(y2025.flagsOf("soc.wages.lowest-wage")).as("5.0 M VND is lawful in region I under Decree 74/2024").isEmpty();
        Set<String> expected2025 = new TreeSet<>(expected);
        expected2025.remove("soc.wages.lowest-wage");
        assertThat(new TreeSet<>(y2025.flags().stream().map(Flag::questionId).toList())).isEqualTo(expected2025);
        ScoreCard low2025 = Scorer.score(pack, Answers.of(List.of(Answer.of("soc.wages.lowest-wage",
                        new AnswerValue.KpiInputs(Map.of(pack.question("soc.wages.lowest-wage").orElseThrow().kpi().inputs().get(0).id(),
                                new InputValue.Annual(4_900_000)))))), REGION_I, "a", "c", "2025");
        assertThat(low2025.flags()).singleElement().satisfies(f -> assertThat(f.basis().in("en")).contains("74/2024"));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyLegalRequirementCarriesALimit(String id) {
        // A question marks itself as a legal requirement with a "VN law" mapping; "VN law (context)" only cites.
        List<String> missing = BundledPacks.get(id).orElseThrow().questions().stream()
                .filter(q -> q.kind() != QuestionKind.MATURITY)
                .filter(q -> q.mappings().stream().anyMatch(m -> m.framework().equals("VN law")))
                .filter(q -> q.limits().isEmpty()).map(Question::id).toList();
        assertThat(missing).as("legal requirements without a limit").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void annualOvertimeIsOneFigureForTheYearWithAMajorAndACriticalCap(String id) {
        Question q = BundledPacks.get(id).orElseThrow().question("soc.hours.overtime-year").orElseThrow();
        assertThat(q.kpi().inputs()).allMatch(i -> i.annualOnly());
        assertThat(q.limits()).extracting(l -> l.severity() + " " + l.bound().valueFor(null))
                .containsExactly("MAJOR 200.0", "CRITICAL 300.0");
        assertThat(q.limits().get(0).basis().in("en")).contains("Art. 107(2)(c)");
        assertThat(q.limits().get(1).basis().in("en")).contains("for export").contains("written notice");
    }
}
