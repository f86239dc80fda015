package org.triadcsr.model.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.ScoreCard.KpiResult;

/**
 * Change between two assessments of the same company and pack id (spec §8): matched by id, across pack
 * versions too. Deltas are later − earlier in points; undefined (null) when either side is.
 */
public record Progress(String packId, String earlier, String later, Double overallDelta,
                       List<Delta> domains, List<Delta> topics, List<KpiChange> kpis) {

    public record Delta(String id, Double earlier, Double later, Double delta) {
    }

    /** {@code changePercent} = (v1 − v0) / v0 · 100, undefined if v0 is 0 or either value is undefined. */
    public record KpiChange(String id, Double earlier, Double later, Double changePercent) {
    }

    public static Progress between(ScoreCard earlier, ScoreCard later) {
        if (!earlier.packId().equals(later.packId())) {
            throw new IllegalArgumentException("progress compares assessments of one pack; got " + earlier.packId()
                    + " and " + later.packId());
        }
        List<Delta> domains = new ArrayList<>();
        later.domains().forEach(d -> domains.add(delta(d.id(), earlier.domain(d.id()).map(ScoreCard.DomainResult::score), d.score())));
        List<Delta> topics = new ArrayList<>();
        later.topics().forEach(t -> topics.add(delta(t.id(), earlier.topic(t.id()).map(ScoreCard.TopicResult::score), t.score())));
        List<KpiChange> kpis = new ArrayList<>();
        for (KpiResult k : later.kpis()) {
            Double v0 = earlier.kpi(k.id()).map(KpiResult::value).orElse(null);
            kpis.add(new KpiChange(k.id(), v0, k.value(), changePercent(v0, k.value())));
        }
        return new Progress(later.packId(), earlier.assessmentId(), later.assessmentId(),
                difference(earlier.overall(), later.overall()), domains, topics, kpis);
    }

    private static Delta delta(String id, Optional<Double> earlier, Double later) {
        Double e = earlier.orElse(null);
        return new Delta(id, e, later, difference(e, later));
    }

    static Double difference(Double earlier, Double later) {
        return earlier == null || later == null ? null : later - earlier;
    }

    static Double changePercent(Double v0, Double v1) {
        if (v0 == null || v1 == null || v0 == 0) {
            return null;
        }
        return (v1 - v0) / v0 * 100;
    }
}
