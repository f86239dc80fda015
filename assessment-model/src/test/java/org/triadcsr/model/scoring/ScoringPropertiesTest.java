package org.triadcsr.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.Randomised;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Direction;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;

/** Rules that must hold for every input, checked over many seeded random cases (decision 0004). */
class ScoringPropertiesTest {
    private static final Pack PACK = TestPacks.pack();
    private static final CompanyProfile PROFILE = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 150, 100.0, null, WageRegion.II);

    private static ScoreCard score(List<Answer> answers) {
        return Scorer.score(PACK, Answers.of(answers), PROFILE, "a", "c");
    }

    private static Stream<Double> allScores(ScoreCard c) {
        List<Double> all = new ArrayList<>();
        all.add(c.overall());
        c.domains().forEach(d -> all.add(d.score()));
        c.topics().forEach(t -> all.add(t.score()));
        c.questions().forEach(q -> all.add(q.score()));
        c.kpis().forEach(k -> all.add(k.score()));
        return all.stream();
    }

    @Test
    void everyScoreIsWithinZeroToHundredOrUndefinedAndNeverNaN() {
        Random r = new Random(Randomised.SEED);
        for (int i = 0; i < Randomised.CASES; i++) {
            List<Answer> answers = Randomised.answers(PACK, r);
            ScoreCard card = score(answers);
            assertThat(allScores(card)).as("case %d: %s", i, answers)
                    .allMatch(s -> s == null || (s >= 0 && s <= 100));
            card.kpis().forEach(k -> assertThat(k.value() == null || Double.isFinite(k.value())).isTrue());
            assertThat(card.completeness()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void addingANotApplicableAnswerNeverChangesAScore() {
        Random r = new Random(Randomised.SEED + 1);
        List<Question> naAllowed = PACK.questions().stream().filter(Question::allowNA).toList();
        for (int i = 0; i < Randomised.CASES; i++) {
            List<Answer> answers = Randomised.answers(PACK, r);
            Question q = naAllowed.get(r.nextInt(naAllowed.size()));
            answers.removeIf(a -> a.questionId().equals(q.id()));
            ScoreCard without = score(answers);
            List<Answer> with = new ArrayList<>(answers);
            with.add(Answer.of(q.id(), new AnswerValue.NotApplicable("n/a")));
            ScoreCard card = score(with);
            assertThat(card.overall()).as("case %d", i).isEqualTo(without.overall());
            assertThat(card.domains()).extracting(ScoreCard.DomainResult::score)
                    .isEqualTo(without.domains().stream().map(ScoreCard.DomainResult::score).toList());
            assertThat(card.topics()).isEqualTo(without.topics());
        }
    }

    @Test
    void theOrderOfAnswersNeverMatters() {
        Random r = new Random(Randomised.SEED + 2);
        for (int i = 0; i < Randomised.CASES; i++) {
            List<Answer> answers = Randomised.answers(PACK, r);
            ScoreCard first = score(answers);
            List<Answer> shuffled = new ArrayList<>(answers);
            Collections.shuffle(shuffled, r);
            assertThat(score(shuffled)).as("case %d", i).isEqualTo(first);
        }
    }

    @Test
    void kpiScoreIsMonotoneInItsValueInTheBenchmarksDirection() {
        Random r = new Random(Randomised.SEED + 3);
        for (int i = 0; i < Randomised.CASES; i++) {
            double best = r.nextDouble() * 100;
            double typical = best + 0.001 + r.nextDouble() * 100;
            double poor = typical + 0.001 + r.nextDouble() * 100;
            Benchmark lower = new Benchmark(best, typical, poor, "s", 2020);
            Benchmark higher = new Benchmark(poor, typical, best, "s", 2020);
            double a = r.nextDouble() * 400 - 50;
            double b = r.nextDouble() * 400 - 50;
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            assertThat(BenchmarkScale.score(lo, lower, Direction.LOWER_IS_BETTER))
                    .as("case %d", i).isGreaterThanOrEqualTo(BenchmarkScale.score(hi, lower, Direction.LOWER_IS_BETTER));
            assertThat(BenchmarkScale.score(hi, higher, Direction.HIGHER_IS_BETTER))
                    .as("case %d", i).isGreaterThanOrEqualTo(BenchmarkScale.score(lo, higher, Direction.HIGHER_IS_BETTER));
        }
    }
}
