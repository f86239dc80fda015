package org.triadcsr.model.scoring;

import java.util.List;
import java.util.Optional;
import org.triadcsr.model.pack.Severity;

/** Everything the scorer computes for one assessment; undefined numbers are null (spec §9). */
public record ScoreCard(String assessmentId, String companyId, String packId, String packVersion,
                        Double overall, Rating rating, Double completeness,
                        List<DomainResult> domains, List<TopicResult> topics,
                        List<QuestionResult> questions, List<KpiResult> kpis, List<Flag> flags) {

    public record DomainResult(String id, Double score, Double completeness) {
    }

    public record TopicResult(String id, String domainId, Double score) {
    }

    public record QuestionResult(String id, QuestionStatus status, Double score) {
    }

    /**
     * A kpi question's value (null if undefined), its unit, and its benchmark score and band (null if tracked).
     * {@code indicative}: the band comes from a quality-C benchmark and is shown as indicative, with no score.
     * A breached limit makes the score 0 (spec v1.1 §5).
     */
    public record KpiResult(String id, Double value, String unit, Double score, Band band, KpiValue detail,
                            boolean indicative) {
        /** The v1.0 shape: not indicative. */
        public KpiResult(String id, Double value, String unit, Double score, Band band, KpiValue detail) {
            this(id, value, unit, score, band, detail, false);
        }
    }

    public ScoreCard {
        domains = List.copyOf(domains);
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
        kpis = List.copyOf(kpis);
        flags = List.copyOf(flags);
    }

    public Optional<DomainResult> domain(String id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<TopicResult> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<QuestionResult> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The flags of one question, one per breached limit. */
    public List<Flag> flagsOf(String questionId) {
        return flags.stream().filter(f -> f.questionId().equals(questionId)).toList();
    }

    public Optional<KpiResult> kpi(String id) {
        return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** Whether the rating is {@code developing} only because a critical flag is open (spec §7). */
    public boolean ratingCappedByCriticalFlag() {
        return rating == Rating.DEVELOPING && overall != null && Rating.forScore(overall) != Rating.DEVELOPING
                && !criticalFlags().isEmpty();
    }

    /** Critical flags: while any is open the rating is capped at {@code developing}, and they are named with it. */
    public List<Flag> criticalFlags() {
        return flags.stream().filter(f -> f.severity() == Severity.CRITICAL).toList();
    }
}
