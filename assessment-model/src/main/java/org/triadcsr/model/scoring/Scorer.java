package org.triadcsr.model.scoring;

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

    public static ScoreCard score(Pack pack, Answers answers, CompanyProfile company, String assessmentId, String companyId) {
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
                    QuestionResult result = scoreQuestion(q, answer, company, kpis, flags);
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

    private static QuestionResult scoreQuestion(Question q, Answer answer, CompanyProfile company,
                                                List<KpiResult> kpis, List<Flag> flags) {
        AnswerValue value = answer == null ? null : answer.value();
        if (q.kind() == QuestionKind.KPI) {
            return scoreKpi(q, value, company, kpis, flags);
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
        if (q.kind() == QuestionKind.YESNO) {
            String given = ((AnswerValue.YesNo) value).answer();
            for (Limit limit : q.limits()) {
                if (limit.requiredAnswer() != null && !limit.requiredAnswer().equals(given)) {
                    flags.add(new Flag(q.id(), limit.severity(), limit.basis(), null, null));
                }
            }
        }
        return new QuestionResult(q.id(), QuestionStatus.SCORED, s);
    }

    private static Double yesNoScore(String answer) {
        return switch (answer) {
            case "yes" -> 100.0;
            case "partial" -> 50.0;
            case "no" -> 0.0;
            default -> null;
        };
    }

    private static QuestionResult scoreKpi(Question q, AnswerValue value, CompanyProfile company,
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
        for (Limit limit : q.limits()) {
            if (limit.bound() != null) {
                Double compared = LimitCheck.worstFigure(limit, kpi, inputs, computed, company.region());
                if (compared != null && limit.bound().breachedBy(compared, company.region())) {
                    flags.add(new Flag(q.id(), limit.severity(), limit.basis(), compared, limit.bound().valueFor(company.region())));
                }
            }
        }
        Double v = computed.value();
        if (v == null) {
            kpis.add(new KpiResult(q.id(), null, kpi.unit(), null, null, computed));
            return new QuestionResult(q.id(), QuestionStatus.UNANSWERED, null);
        }
        if (kpi.tracked()) {
            kpis.add(new KpiResult(q.id(), v, kpi.unit(), null, null, computed));
            return new QuestionResult(q.id(), QuestionStatus.TRACKED, null);
        }
        double s = BenchmarkScale.score(v, kpi.benchmark(), kpi.direction());
        kpis.add(new KpiResult(q.id(), v, kpi.unit(), s, BenchmarkScale.band(v, kpi.benchmark(), kpi.direction()), computed));
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
