package org.triadcsr.model.improvement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

/**
 * "What moves the score most": for every question, the overall points its next better answer gains (or, for an
 * unanswered question, answering it at full marks), found by re-scoring the assessment with the one
 * {@link Scorer} with only that answer changed, so the figures are exactly what the results would show.
 *
 * <p>Ranked by gain, largest first; on equal gain a step that clears a critical flag, then any flag, comes
 * first, then pack order. Steps that gain nothing and clear no flag are left out. Not applicable answers are
 * never second-guessed, and an unanswered KPI has no step (its figures cannot be guessed). Pure: the same
 * inputs always give the same list. Cost: one scoring per question, so O(n²) in the number of questions.
 */
public final class ImprovementRanking {
    /** Gains below this are rounding noise of the weighted means, not an improvement. */
    private static final double NOTHING = 1e-9;
    private ImprovementRanking() {
    }

    public static List<Improvement> rank(Pack pack, Answers answers, CompanyProfile company) {
        ScoreCard base = Scorer.score(pack, answers, company, "", "");
        List<Improvement> found = new ArrayList<>();
        List<Answer> all = new ArrayList<>(answers.all());
        for (Domain domain : pack.domains()) {
            for (Topic topic : domain.topics()) {
                for (Question q : topic.questions()) {
                    AnswerValue current = answers.get(q.id()).map(Answer::value).orElse(null);
                    Optional<AnswerValue> next = q.kind() == QuestionKind.KPI ? KpiStep.after(q, current, base)
                            : NextAnswer.after(q, current);
                    if (next.isEmpty()) {
                        continue;
                    }
                    ScoreCard tried = Scorer.score(pack, with(all, q.id(), next.get()), company, "", "");
                    Improvement step = improvement(q, topic, domain, current, next.get(), base, tried);
                    if (step.gain() > NOTHING || !step.clearedFlags().isEmpty()) {
                        found.add(step);
                    }
                }
            }
        }
        List<String> order = pack.questions().stream().map(Question::id).toList();
        found.sort(Comparator.comparingDouble(Improvement::gain).reversed()
                .thenComparing(i -> !i.clearsCriticalFlag())
                .thenComparing(i -> i.clearedFlags().isEmpty())
                .thenComparingInt(i -> order.indexOf(i.questionId())));
        return List.copyOf(found);
    }

    private static Improvement improvement(Question q, Topic topic, Domain domain, AnswerValue current,
                                           AnswerValue next, ScoreCard base, ScoreCard tried) {
        Double before = base.question(q.id()).map(ScoreCard.QuestionResult::score).orElse(null);
        Double after = tried.question(q.id()).map(ScoreCard.QuestionResult::score).orElse(null);
        double gain = orZero(tried.overall()) - orZero(base.overall());
        List<Flag> cleared = base.flags().stream().filter(f -> f.questionId().equals(q.id()))
                .filter(f -> tried.flags().stream().noneMatch(t -> sameLimit(t, f))).toList();
        Improvement.Step step = current == null ? Improvement.Step.ANSWER : Improvement.Step.NEXT_BETTER;
        return new Improvement(q.id(), topic.id(), domain.id(), step, current, next, before, after, base.overall(),
                tried.overall(), gain, cleared, topic.actions());
    }

    /** The same breached limit, whatever figure breaches it now. */
    private static boolean sameLimit(Flag a, Flag b) {
        return a.questionId().equals(b.questionId()) && a.severity() == b.severity() && a.basis().equals(b.basis());
    }

    private static Answers with(List<Answer> all, String questionId, AnswerValue value) {
        List<Answer> changed = new ArrayList<>(all.size() + 1);
        for (Answer a : all) {
            if (!a.questionId().equals(questionId)) {
                changed.add(a);
            }
        }
        changed.add(Answer.of(questionId, value));
        return Answers.of(changed);
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }
}
