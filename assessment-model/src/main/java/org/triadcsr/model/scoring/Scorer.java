package org.triadcsr.model.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.SizeClass;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.pack.Tier;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.period.Period;
import org.triadcsr.model.scoring.ScoreCard.DomainResult;
import org.triadcsr.model.scoring.ScoreCard.KpiResult;
import org.triadcsr.model.scoring.ScoreCard.QuestionResult;
import org.triadcsr.model.scoring.ScoreCard.TopicResult;

/**
 * {@code Pack × Answers × CompanyProfile → ScoreCard}, exactly as docs/scoring.md and the spec say. A pure
 * function: the same inputs always give the same card, on screen, in the PDF and in JSON.
 */
public final class Scorer {
    static final double COMPLETE_ENOUGH = 0.8;

    private Scorer() {
    }

    /**
     * Scores without a period: only limits without dates apply (spec v1.1: a period of another form has no
     * dates). Prefer {@link #score(Pack, Answers, CompanyProfile, String, String, Period)}.
     */
    public static ScoreCard score(Pack pack, Answers answers, CompanyProfile company, String assessmentId, String companyId) {
        return score(pack, answers, company, assessmentId, companyId, (Period) null);
    }

    /** Scores with the assessment's period text ({@code 2025}, {@code 2025-07/2026-06}); other text has no dates. */
    public static ScoreCard score(Pack pack, Answers answers, CompanyProfile company, String assessmentId, String companyId,
                                  String period) {
        return score(pack, answers, company, assessmentId, companyId, Period.parse(period).orElse(null));
    }

    /**
     * Scores for {@code period} (null: unknown, so no dated limit applies). Dated limits apply as in force on
     * the period's last day, or month by month for a mean input entered by month.
     */
    public static ScoreCard score(Pack pack, Answers answers, CompanyProfile company, String assessmentId, String companyId,
                                  Period period) {
        SizeClass size = company.sizeClass();
        List<DomainResult> domains = new ArrayList<>();
        List<TopicResult> topics = new ArrayList<>();
        List<QuestionResult> questions = new ArrayList<>();
        List<KpiResult> kpis = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Mean overall = new Mean();
        int expectedAll = 0;
        int answeredAll = 0;
        for (Domain domain : pack.domains()) {
            Mean domainMean = new Mean();
            int expected = 0;
            int answered = 0;
            for (Topic topic : domain.topics()) {
                Mean topicMean = new Mean();
                for (Question q : topic.questions()) {
                    Answer answer = answers.get(q.id()).orElse(null);
                    QuestionResult result = scoreQuestion(q, answer, company, period, kpis, flags);
                    questions.add(result);
                    if (result.status() == QuestionStatus.SCORED) {
                        topicMean.add(q.weight(), result.score());
                    }
                    if (q.tier() == Tier.CORE || size.expectsAdvanced()) {
                        expected++;
                        if (result.status().countsAsAnswered()) {
                            answered++;
                        }
                    }
                }
                Double t = topicMean.value();
                topics.add(new TopicResult(topic.id(), domain.id(), t));
                if (t != null) {
                    domainMean.add(topic.weight(), t);
                }
            }
            Double d = domainMean.value();
            domains.add(new DomainResult(domain.id(), d, expected == 0 ? null : (double) answered / expected));
            if (d != null) {
                overall.add(domain.weight(), d);
            }
            expectedAll += expected;
            answeredAll += answered;
        }
        Double total = overall.value();
        Double completeness = expectedAll == 0 ? null : (double) answeredAll / expectedAll;
        Rating rating = rating(total, completeness, flags);
        return new ScoreCard(assessmentId, companyId, pack.id(), pack.version(), total, rating, completeness,
                domains, topics, questions, kpis, flags);
    }

    static Rating rating(Double overall, Double completeness, List<Flag> flags) {
        if (overall == null || completeness == null || completeness < COMPLETE_ENOUGH) {
            return Rating.INCOMPLETE;
        }
        Rating byScore = Rating.forScore(overall);
        boolean critical = flags.stream().anyMatch(f -> f.severity() == org.triadcsr.model.pack.Severity.CRITICAL);
        if (critical && (byScore == Rating.LEADER || byScore == Rating.ADVANCED)) {
            return Rating.DEVELOPING;
        }
        return byScore;
    }

    private static QuestionResult scoreQuestion(Question q, Answer answer, CompanyProfile company, Period period,
                                                List<KpiResult> kpis, List<Flag> flags) {
        AnswerValue value = answer == null ? null : answer.value();
        if (q.kind() == QuestionKind.KPI) {
            return scoreKpi(q, value, company, period, kpis, flags);
        }
        if (value == null) {
            return new QuestionResult(q.id(), QuestionStatus.UNANSWERED, null);
        }
        if (value instanceof AnswerValue.NotApplicable) {
            return new QuestionResult(q.id(), QuestionStatus.NA, null);
        }
        Double s = switch (q.kind()) {
            case MATURITY -> value instanceof AnswerValue.Level l ? 25.0 * l.level() : null;
            case YESNO -> value instanceof AnswerValue.YesNo yn ? yesNoScore(yn.answer()) : null;
            case CHOICE -> value instanceof AnswerValue.Choice c && q.option(c.optionId()) != null
                    ? q.option(c.optionId()).points() : null;
            case KPI -> null;
        };
        if (s == null) {
            // A value that does not fit the question never reaches here through the store; if it does, it is not scored.
            return new QuestionResult(q.id(), QuestionStatus.UNANSWERED, null);
        }
        LocalDate lastDay = period == null ? null : period.lastDay();
        boolean breached = false;
        for (Limit limit : q.limits()) {
            if (limit.inForceOn(lastDay) && breaches(limit, value)) {
                flags.add(Flag.of(q.id(), limit, null, null));
                breached = true;
            }
        }
        return new QuestionResult(q.id(), QuestionStatus.SCORED, breached ? 0.0 : s);
    }

    /** Whether a yes/no, choice or maturity answer breaks the limit (spec v1.1 §5). */
    private static boolean breaches(Limit limit, AnswerValue value) {
        if (limit.requiredAnswer() != null && value instanceof AnswerValue.YesNo yn) {
            return !limit.requiredAnswer().equals(yn.answer());
        }
        if (!limit.forbidden().isEmpty() && value instanceof AnswerValue.Choice c) {
            return limit.forbidden().contains(c.optionId());
        }
        if (limit.minLevel() != null && value instanceof AnswerValue.Level l) {
            return l.level() < limit.minLevel();
        }
        return false;
    }

    private static Double yesNoScore(String answer) {
        return switch (answer) {
            case "yes" -> 100.0;
            case "partial" -> 50.0;
            case "no" -> 0.0;
            default -> null;
        };
    }

    private static QuestionResult scoreKpi(Question q, AnswerValue value, CompanyProfile company, Period period,
                                           List<KpiResult> kpis, List<Flag> flags) {
        Kpi kpi = q.kpi();
        if (value instanceof AnswerValue.NotApplicable) {
            kpis.add(new KpiResult(q.id(), null, kpi.unit(), null, null, null));
            return new QuestionResult(q.id(), QuestionStatus.NA, null);
        }
        if (!(value instanceof AnswerValue.KpiInputs inputs)) {
            kpis.add(new KpiResult(q.id(), null, kpi.unit(), null, null, null));
            return new QuestionResult(q.id(), QuestionStatus.UNANSWERED, null);
        }
        KpiValue computed = KpiValue.of(kpi, inputs);
        boolean breached = false;
        for (Limit limit : q.limits()) {
            if (limit.bound() != null) {
                Double compared = LimitCheck.breach(limit, kpi, inputs, computed, company.region(), period);
                if (compared != null) {
                    flags.add(Flag.of(q.id(), limit, compared, limit.bound().valueFor(company.region())));
                    breached = true;
                }
            }
        }
        Double v = computed.value();
        Band band = v == null || kpi.benchmark() == null ? null : BenchmarkScale.band(v, kpi.benchmark(), kpi.direction());
        if (breached) {
            // A breach scores 0 and counts as scored, even on a tracked KPI or one whose value is undefined.
            kpis.add(new KpiResult(q.id(), v, kpi.unit(), 0.0, band, computed, kpi.indicative() && band != null));
            return new QuestionResult(q.id(), QuestionStatus.SCORED, 0.0);
        }
        if (v == null) {
            kpis.add(new KpiResult(q.id(), null, kpi.unit(), null, null, computed));
            return new QuestionResult(q.id(), QuestionStatus.UNANSWERED, null);
        }
        if (kpi.tracked()) {
            kpis.add(new KpiResult(q.id(), v, kpi.unit(), null, band, computed, kpi.indicative()));
            return new QuestionResult(q.id(), QuestionStatus.TRACKED, null);
        }
        double s = BenchmarkScale.score(v, kpi.benchmark(), kpi.direction());
        kpis.add(new KpiResult(q.id(), v, kpi.unit(), s, band, computed));
        return new QuestionResult(q.id(), QuestionStatus.SCORED, s);
    }

    /** A weighted mean that is undefined over an empty set. */
    private static final class Mean {
        private double weighted;
        private double weights;

        void add(double weight, double value) {
            weighted += weight * value;
            weights += weight;
        }

        Double value() {
            return weights == 0 ? null : weighted / weights;
        }
    }
}
