package org.triadcsr.app.report.pdf;

import java.util.Locale;
import java.util.stream.Collectors;
import org.triadcsr.app.report.ReportTexts;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.scoring.Band;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.QuestionStatus;
import org.triadcsr.model.scoring.Rating;
import org.triadcsr.model.scoring.ScoreCard;

/** Words for model values: ratings, bands, answers, and the reason an undefined number has none. */
final class Describe {
    private Describe() {
    }

    static Words rating(Rating rating) {
        return Words.key("rating." + rating.id());
    }

    static Words band(ScoreCard.KpiResult kpi) {
        if (kpi.band() == null) {
            return t -> kpi.value() == null ? t.numbers().value(null, t.get("undefined.unanswered"))
                    : "– (" + t.get("undefined.trackedShort") + ")";
        }
        boolean indicative = kpi.score() == null;
        return t -> t.get("band." + kpi.band().id()) + (indicative ? " (" + t.get("kpi.indicative") + ")" : "");
    }

    static String bandKey(Band band) {
        return "band." + band.id();
    }

    /** Why a question has no score. */
    static String reason(QuestionStatus status, ReportTexts t) {
        return switch (status) {
            case NA -> t.get("undefined.na");
            case TRACKED -> t.get("undefined.tracked");
            case UNANSWERED -> t.get("undefined.unanswered");
            case SCORED -> t.get("undefined.notComputable");
        };
    }

    static Words questionScore(ScoreCard card, String questionId) {
        ScoreCard.QuestionResult q = card.question(questionId).orElse(null);
        if (q == null) {
            return t -> t.numbers().points(null, t.get("undefined.unanswered"));
        }
        return t -> t.numbers().points(q.score(), reason(q.status(), t));
    }

    /** A topic's score; undefined when none of its questions is scored. */
    static Words topicScore(Double score) {
        return t -> t.numbers().points(score, t.get("undefined.noScoredQuestion"));
    }

    /** A domain's (or the overall) score; undefined when none of its topics has a score. */
    static Words domainScore(Double score) {
        return t -> t.numbers().points(score, t.get("undefined.noScoredTopic"));
    }

    /** The answer as a reader would say it, in the language of {@code t}. */
    static Words answer(Question q, Answer a, ScoreCard card) {
        if (a == null) {
            return Words.key("answer.unanswered");
        }
        AnswerValue v = a.value();
        if (v instanceof AnswerValue.Level l) {
            return t -> t.get("answer.level", l.level()) + levelText(q, l.level(), t);
        }
        if (v instanceof AnswerValue.YesNo yn) {
            return Words.key("answer." + yn.answer().toLowerCase(Locale.ROOT));
        }
        if (v instanceof AnswerValue.Choice c) {
            ChoiceOption option = q.option(c.optionId());
            return t -> option == null ? c.optionId() : t.text(option.text());
        }
        if (v instanceof AnswerValue.NotApplicable na) {
            return na.reason().isBlank() ? Words.key("answer.na") : Words.key("answer.na.reason", na.reason());
        }
        ScoreCard.KpiResult kpi = card.kpi(q.id()).orElse(null);
        return t -> t.get("answer.kpi", t.numbers().value(kpi == null ? null : kpi.value(),
                t.get("undefined.notComputable")), kpi == null || kpi.value() == null ? "" : kpi.unit());
    }

    private static String levelText(Question q, int level, ReportTexts t) {
        return q.levels().size() > level ? ": " + t.text(q.levels().get(level)) : "";
    }

    static Words questionText(Pack pack, String questionId) {
        Question q = pack.question(questionId).orElse(null);
        return t -> q == null ? questionId : t.text(q.text());
    }

    /** "value / limit" of a KPI flag, "–" for a yes/no or choice limit. */
    static Words flagFigures(Flag f, Pack pack) {
        String unit = pack.question(f.questionId()).map(q -> q.kpi() == null ? "" : " " + q.kpi().unit()).orElse("");
        if (f.value() == null || f.bound() == null) {
            return Words.plain("–");
        }
        return t -> t.numbers().value(f.value(), null) + " / " + t.numbers().value(f.bound(), null) + unit;
    }

    static String join(java.util.List<String> parts) {
        return parts.stream().collect(Collectors.joining(", "));
    }
}
