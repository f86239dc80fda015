package org.triadcsr.model.improvement;

import java.util.Comparator;
import java.util.Optional;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.Question;

/** The next better answer of a maturity, yes/no or choice question (KPIs: {@link KpiStep}). */
final class NextAnswer {
    private NextAnswer() {
    }

    /** One step better than {@code current}; for an unanswered question (null) the answer with full marks. */
    static Optional<AnswerValue> after(Question q, AnswerValue current) {
        if (current instanceof AnswerValue.NotApplicable) {
            return Optional.empty();
        }
        return switch (q.kind()) {
            case MATURITY -> maturity(current);
            case YESNO -> yesNo(q, current);
            case CHOICE -> choice(q, current);
            case KPI -> Optional.empty();
        };
    }

    private static Optional<AnswerValue> maturity(AnswerValue current) {
        if (current == null) {
            return Optional.of(new AnswerValue.Level(4));
        }
        int level = current instanceof AnswerValue.Level l ? l.level() : -1;
        return level >= 0 && level < 4 ? Optional.of(new AnswerValue.Level(level + 1)) : Optional.empty();
    }

    private static Optional<AnswerValue> yesNo(Question q, AnswerValue current) {
        if (current == null) {
            return Optional.of(AnswerValue.YesNo.YES);
        }
        String given = current instanceof AnswerValue.YesNo yn ? yn.answer() : "yes";
        return switch (given) {
            case "no" -> Optional.of(q.partialAllowed() ? AnswerValue.YesNo.PARTIAL : AnswerValue.YesNo.YES);
            case "partial" -> Optional.of(AnswerValue.YesNo.YES);
            default -> Optional.empty();
        };
    }

    private static Optional<AnswerValue> choice(Question q, AnswerValue current) {
        if (current == null) {
            return q.options().stream().max(Comparator.comparingDouble(ChoiceOption::points))
                    .map(o -> new AnswerValue.Choice(o.id()));
        }
        ChoiceOption chosen = current instanceof AnswerValue.Choice c ? q.option(c.optionId()) : null;
        if (chosen == null) {
            return Optional.empty();
        }
        return q.options().stream().filter(o -> o.points() > chosen.points())
                .min(Comparator.comparingDouble(ChoiceOption::points))
                .map(o -> new AnswerValue.Choice(o.id()));
    }
}
