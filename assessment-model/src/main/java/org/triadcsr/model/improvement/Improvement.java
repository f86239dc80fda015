package org.triadcsr.model.improvement;

import java.util.List;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.scoring.Flag;

/**
 * What one better answer to one question would do to the assessment, as the {@link org.triadcsr.model.scoring.Scorer}
 * computes it on the answers with only that one changed.
 *
 * @param step          {@link Step#NEXT_BETTER} for an answered question, {@link Step#ANSWER} for an open one
 * @param from          the current answer value, null when unanswered
 * @param to            the answer value tried
 * @param scoreBefore   the question's score now (null when unanswered or not scored)
 * @param scoreAfter    the question's score with {@code to}
 * @param overallBefore the overall TBL index now (null when undefined)
 * @param overallAfter  the overall TBL index with {@code to}
 * @param gain          overall points gained ({@code overallAfter − overallBefore}; an undefined index counts as 0)
 * @param clearedFlags  the flags of this question that {@code to} clears
 * @param actions       the pack's suggested actions for the question's topic, with their cost
 */
public record Improvement(String questionId, String topicId, String domainId, Step step, AnswerValue from,
                          AnswerValue to, Double scoreBefore, Double scoreAfter, Double overallBefore,
                          Double overallAfter, double gain, List<Flag> clearedFlags, List<Action> actions) {

    public enum Step {
        /** One step up from the current answer: the next maturity level, no → partial → yes, the next better option, the next benchmark band. */
        NEXT_BETTER,
        /** An unanswered question answered at full marks: what answering it can gain at most. */
        ANSWER
    }

    public Improvement {
        clearedFlags = List.copyOf(clearedFlags);
        actions = List.copyOf(actions);
    }

    public boolean clearsCriticalFlag() {
        return clearedFlags.stream().anyMatch(f -> f.severity() == org.triadcsr.model.pack.Severity.CRITICAL);
    }
}
