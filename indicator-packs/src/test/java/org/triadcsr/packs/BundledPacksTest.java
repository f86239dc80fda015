package org.triadcsr.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.pack.Tier;
import org.triadcsr.model.pack.Topic;

/** What every bundled pack must have to be worth a consultant's trust (the packs issue's checklist). */
class BundledPacksTest {
    static List<String> packs() {
        return BundledPacks.IDS;
    }

    private static Pack pack(String id) {
        return BundledPacks.get(id).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void loadsThroughTheValidatorAsVersionOneOneWithEnglishAndVietnamese(String id) {
        Pack pack = pack(id);   // throws with every problem if the validator rejects it
        assertThat(pack.id()).isEqualTo(id);
        assertThat(pack.version()).isEqualTo("1.1.0");
        assertThat(pack.languages()).containsExactly("en", "vi");
        assertThat(pack.domains()).extracting(Domain::id).containsExactly("environment", "social", "productivity");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void hasEnoughQuestionsMixingEveryKindAndBothTiers(String id) {
        List<Question> questions = pack(id).questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(id.equals("general-sme") ? 40 : 60);
        Map<QuestionKind, Long> byKind = questions.stream().collect(Collectors.groupingBy(Question::kind, Collectors.counting()));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(QuestionKind.values());
        assertThat(byKind.get(QuestionKind.KPI)).isGreaterThanOrEqualTo(12);
        assertThat(questions).extracting(Question::tier).contains(Tier.CORE, Tier.ADVANCED);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyTopicSuggestsAtLeastTwoCostedActions(String id) {
        for (Domain d : pack(id).domains()) {
            for (Topic t : d.topics()) {
                assertThat(t.actions()).as("actions of %s", t.id()).hasSizeGreaterThanOrEqualTo(2);
                for (Action a : t.actions()) {
                    assertThat(a.costMax()).as("cost of %s", a.id()).isGreaterThan(0).isGreaterThanOrEqualTo(a.costMin());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyBenchmarkCitesAListedSourceWithAYear(String id) {
        Pack pack = pack(id);
        pack.questions().stream().filter(q -> q.kind() == QuestionKind.KPI && !q.kpi().tracked()).forEach(q -> {
            assertThat(pack.source(q.kpi().benchmark().sourceId())).as("source of %s", q.id()).isPresent();
            assertThat(q.kpi().benchmark().year()).as("year of %s", q.id()).isBetween(1990, 2026);
        });
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyBenchmarkCarriesItsSourcesQuality(String id) {
        Pack pack = pack(id);
        pack.questions().stream().filter(q -> q.kind() == QuestionKind.KPI && q.kpi().benchmark() != null).forEach(q -> {
            assertThat(q.kpi().benchmark().quality()).as("quality of %s", q.id()).isIn("A", "B", "C");
            assertThat(q.kpi().benchmark().quality()).as("quality of %s", q.id())
                    .isEqualTo(pack.source(q.kpi().benchmark().sourceId()).orElseThrow().quality());
        });
    }

    @ParameterizedTest
    @MethodSource("packs")
    void mostQuestionsMapToAFramework(String id) {
        List<Question> questions = pack(id).questions();
        long mapped = questions.stream().filter(q -> !q.mappings().isEmpty()).count();
        assertThat((double) mapped / questions.size()).as("share of questions with a framework mapping").isGreaterThan(0.8);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void carriesTheLegalLimitsOfTheLabourCode(String id) {
        Pack pack = pack(id);
        Limit monthly = onlyLimit(pack, "soc.hours.overtime-month");
        assertThat(monthly.bound().isMax()).isTrue();
        assertThat(monthly.bound().valueFor(null)).isEqualTo(40.0);
        assertThat(monthly.severity()).isEqualTo(Severity.CRITICAL);
        Limit age = onlyLimit(pack, "soc.child.youngest-age");
        assertThat(age.bound().isMax()).isFalse();
        assertThat(age.bound().valueFor(null)).isEqualTo(15.0);
        assertThat(age.severity()).isEqualTo(Severity.CRITICAL);
        List<Limit> wages = pack.question("soc.wages.lowest-wage").orElseThrow().limits();
        assertThat(wages).extracting(l -> l.bound().valueFor(org.triadcsr.model.company.WageRegion.I))
                .containsExactly(4_680_000.0, 4_960_000.0, 5_310_000.0);
        assertThat(wages).extracting(l -> l.bound().valueFor(org.triadcsr.model.company.WageRegion.IV))
                .containsExactly(3_250_000.0, 3_450_000.0, 3_700_000.0);
        Limit decree293 = wages.get(2);
        assertThat(decree293.from()).hasToString("2026-01-01");
        assertThat(decree293.until()).isNull();
        assertThat(wages.get(1).until()).hasToString("2025-12-31");
        assertThat(wages.get(1).basis().in("en")).contains("74/2024");
        assertThat(onlyLimit(pack, "soc.forced.free-to-leave").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(onlyLimit(pack, "soc.child.age-verification").severity()).isEqualTo(Severity.MAJOR);
        for (String q : List.of("soc.hours.overtime-month", "soc.child.youngest-age", "soc.child.age-verification")) {
            Limit l = onlyLimit(pack, q);
            assertThat(l.basis().in("en")).as("legal basis of %s", q).isNotBlank();
            assertThat(l.basis().in("vi")).as("legal basis of %s", q).isNotEqualTo(l.basis().in("en"));
        }
    }

    private static Limit onlyLimit(Pack pack, String questionId) {
        Question q = pack.question(questionId).orElseThrow(() -> new AssertionError(pack.id() + " lacks " + questionId));
        assertThat(q.tier()).as("tier of %s", questionId).isEqualTo(Tier.CORE);
        assertThat(q.allowNA()).as("%s allows N/A", questionId).isFalse();
        assertThat(q.limits()).as("limits of %s", questionId).hasSize(1);
        return q.limits().get(0);
    }
}
