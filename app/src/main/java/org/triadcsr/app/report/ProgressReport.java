package org.triadcsr.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.progress.Progress;

/**
 * The progress of one assessment against an earlier one (spec §8), as {@code triad progress} prints it and the
 * report shows it: JSON with full precision and null for undefined, or text rounded as the report rounds.
 */
public final class ProgressReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Assessment earlier;
    private final Assessment later;
    private final Pack pack;
    private final Progress progress;
    private final Double earlierOverall;
    private final Double laterOverall;

    private ProgressReport(Assessment earlier, Assessment later, Pack pack, Progress progress, Double earlierOverall,
                           Double laterOverall) {
        this.earlierOverall = earlierOverall;
        this.laterOverall = laterOverall;
        this.earlier = earlier;
        this.later = later;
        this.pack = pack;
        this.progress = progress;
    }

    /** Why no progress can be shown. */
    public enum Problem { NO_EARLIER, NOT_COMPARABLE }

    /** The progress, or the problem that prevents it. */
    public record Outcome(ProgressReport report, Problem problem) {
    }

    /** Against {@code againstId}, or (null) the previous assessment of the company with the same pack. */
    public static Outcome of(Workspace ws, String assessmentId, String againstId) {
        WorkspaceScore.Scored now = WorkspaceScore.score(ws, assessmentId);
        Assessment later = ws.assessments().find(assessmentId).orElseThrow();
        Assessment earlier;
        if (againstId == null) {
            List<Assessment> before = ReportModelLoader.earlier(ws, later);
            if (before.isEmpty()) {
                return new Outcome(null, Problem.NO_EARLIER);
            }
            earlier = before.get(before.size() - 1);
        } else {
            WorkspaceScore.score(ws, againstId);
            earlier = ws.assessments().find(againstId).orElseThrow();
            if (!earlier.companyId().equals(later.companyId()) || !earlier.packId().equals(later.packId())) {
                return new Outcome(null, Problem.NOT_COMPARABLE);
            }
        }
        WorkspaceScore.Scored before = WorkspaceScore.score(ws, earlier.id());
        Progress p = Progress.between(before.card(), now.card());
        return new Outcome(new ProgressReport(earlier, later, now.pack(), p, before.card().overall(), now.card().overall()),
                null);
    }

    public Progress progress() {
        return progress;
    }

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("pack", progress.packId());
        root.put("earlier", earlier.id());
        root.put("earlierPeriod", earlier.period());
        root.put("later", later.id());
        root.put("laterPeriod", later.period());
        root.put("earlierOverall", earlierOverall);
        root.put("laterOverall", laterOverall);
        root.put("overallDelta", progress.overallDelta());
        deltas(root.putArray("domains"), progress.domains());
        deltas(root.putArray("topics"), progress.topics());
        ArrayNode kpis = root.putArray("kpis");
        for (Progress.KpiChange k : progress.kpis()) {
            ObjectNode n = kpis.addObject();
            n.put("id", k.id());
            n.put("unit", pack.question(k.id()).map(q -> q.kpi().unit()).orElse(null));
            n.put("earlier", k.earlier());
            n.put("later", k.later());
            n.put("changePercent", k.changePercent());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers always serialises", e);
        }
    }

    private static void deltas(ArrayNode array, List<Progress.Delta> deltas) {
        for (Progress.Delta d : deltas) {
            ObjectNode n = array.addObject();
            n.put("id", d.id());
            n.put("earlier", d.earlier());
            n.put("later", d.later());
            n.put("delta", d.delta());
        }
    }

    /** Lines of text, in the report's words and rounding; the headings are the caller's (CLI words). */
    public List<String> text(String language, String heading, String overall, String domains, String topics, String kpis) {
        ReportTexts t = ReportTexts.of(language);
        ReportNumbers n = t.numbers();
        String none = t.get("undefined.notComputable");
        String empty = t.get("undefined.noScoredTopic");
        List<String> out = new ArrayList<>();
        out.add(heading);
        out.add(row(overall, n.points(earlierOverall, empty), n.points(laterOverall, empty),
                n.delta(progress.overallDelta(), none)));
        out.add(domains);
        progress.domains().forEach(d -> out.add(row("  " + pack.domains().stream().filter(x -> x.id().equals(d.id()))
                .findFirst().map(x -> t.text(x.name())).orElse(d.id()), n.points(d.earlier(), empty),
                n.points(d.later(), empty), n.delta(d.delta(), none))));
        out.add(topics);
        String noQuestion = t.get("undefined.noScoredQuestion");
        progress.topics().forEach(d -> out.add(row("  " + d.id(), n.points(d.earlier(), noQuestion), n.points(d.later(), noQuestion),
                n.delta(d.delta(), none))));
        out.add(kpis);
        progress.kpis().forEach(k -> out.add(row("  " + k.id(), n.value(k.earlier(), t.get("undefined.unanswered")),
                n.value(k.later(), t.get("undefined.unanswered")), n.changePercent(k.changePercent(), none))));
        return out;
    }

    public Assessment earlier() {
        return earlier;
    }

    public Assessment later() {
        return later;
    }

    private static String row(String label, String earlier, String later, String delta) {
        return String.format("%-44s %22s %22s   %s", label, earlier, later, delta);
    }
}
