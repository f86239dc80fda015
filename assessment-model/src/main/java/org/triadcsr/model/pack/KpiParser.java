package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triadcsr.model.formula.Formula;
import org.triadcsr.model.formula.FormulaException;

/** Parses a {@code kpi} object: inputs, formula and benchmark. */
final class KpiParser {
    private final Checker c;

    KpiParser(Checker c) {
        this.c = c;
    }

    Kpi kpi(JsonNode node, String ptr, Map<String, String> sourceQuality) {
        if (!c.fields(node, ptr, "a kpi", Set.of("unit", "direction", "inputs", "formula"), Set.of("benchmark"))) {
            return null;
        }
        String unit = c.string(node, ptr, "unit");
        String dir = c.oneOf(node, ptr, "direction", List.of("lower_is_better", "higher_is_better"));
        Direction direction = dir == null ? null : Direction.valueOf(dir.toUpperCase(Locale.ROOT));
        List<KpiInput> inputs = new ArrayList<>();
        List<JsonNode> items = c.array(node, ptr, "inputs", true);
        for (int i = 0; i < items.size(); i++) {
            KpiInput input = input(items.get(i), ptr + "/inputs/" + i);
            if (input != null) {
                if (inputs.stream().anyMatch(x -> x.id().equals(input.id()))) {
                    c.problem(ptr + "/inputs/" + i + "/id", "duplicate input id '" + input.id() + "' in this KPI");
                }
                inputs.add(input);
            }
        }
        Formula formula = null;
        String source = c.string(node, ptr, "formula");
        if (source != null) {
            try {
                formula = Formula.parse(source);
                List<String> known = inputs.stream().map(KpiInput::id).toList();
                for (String v : formula.variables()) {
                    if (!known.contains(v)) {
                        c.problem(ptr + "/formula", "the formula names '" + v + "', which is not an input of this KPI"
                                + " (inputs: " + String.join(", ", known) + ")");
                    }
                }
            } catch (FormulaException e) {
                c.problem(ptr + "/formula", "the formula does not parse: " + e.getMessage());
            }
        }
        Benchmark benchmark = node.has("benchmark") ? benchmark(node.get("benchmark"), ptr + "/benchmark", direction, sourceQuality) : null;
        return new Kpi(unit, direction, inputs, formula, benchmark);
    }

    private KpiInput input(JsonNode node, String ptr) {
        if (!c.fields(node, ptr, "a KPI input", Set.of("id", "unit", "aggregate", "text"), Set.of("period", "entry", "min", "max"))) {
            return null;
        }
        String id = c.string(node, ptr, "id");
        if (id != null && !id.matches("[a-z][a-z0-9_]*")) {
            c.problem(ptr + "/id", "input id '" + id + "' must be lower-case letters, digits and '_', starting with a letter");
        }
        String agg = c.oneOf(node, ptr, "aggregate", List.of("sum", "mean"));
        String period = node.has("period") ? c.oneOf(node, ptr, "period", List.of("monthly", "annual")) : "annual";
        String entry = node.has("entry") ? c.oneOf(node, ptr, "entry", List.of("annual", "monthly_or_annual")) : null;
        boolean annualOnly = "annual".equals(entry);
        if (annualOnly && "monthly".equals(period)) {
            c.problem(ptr + "/entry", "an input with \"entry\": \"annual\" is one figure for the whole period, so it"
                    + " cannot also ask for months first (\"period\": \"monthly\"); drop one of the two");
        }
        Double min = c.number(node, ptr, "min");
        Double max = c.number(node, ptr, "max");
        double lo = min == null ? 0 : min;
        if (max != null && max <= lo) {
            c.problem(ptr + "/max", "max must be greater than min (" + lo + ")");
        }
        return new KpiInput(id, c.text(node, ptr, "text"), c.string(node, ptr, "unit"),
                "mean".equals(agg) ? Aggregate.MEAN : Aggregate.SUM, "monthly".equals(period), lo, max, annualOnly);
    }

    private Benchmark benchmark(JsonNode node, String ptr, Direction direction, Map<String, String> sourceQuality) {
        if (!c.fields(node, ptr, "a benchmark", Set.of("best", "typical", "poor", "source", "year"), Set.of("quality", "note"))) {
            return null;
        }
        Double best = c.number(node, ptr, "best");
        Double typical = c.number(node, ptr, "typical");
        Double poor = c.number(node, ptr, "poor");
        String source = c.string(node, ptr, "source");
        if (source != null && !sourceQuality.containsKey(source)) {
            c.problem(ptr + "/source", "the benchmark cites source '" + source + "', which is not in the pack's 'sources'");
        }
        String quality = quality(node, ptr, source == null ? null : sourceQuality.get(source), sourceQuality.containsKey(source));
        JsonNode y = node.get("year");
        if (y != null && (!y.isInt() || y.asInt() < 1900 || y.asInt() > 2100)) {
            c.problem(ptr + "/year", "year must be a whole number such as 2024");
        }
        if (best != null && typical != null && poor != null && direction != null) {
            boolean ordered = direction == Direction.LOWER_IS_BETTER ? best < typical && typical < poor
                    : best > typical && typical > poor;
            if (!ordered) {
                c.problem(ptr, "benchmark values must be strictly ordered for " + direction.id() + ": "
                        + (direction == Direction.LOWER_IS_BETTER ? "best < typical < poor" : "best > typical > poor")
                        + " (got best " + best + ", typical " + typical + ", poor " + poor + ")");
            }
        }
        if (best == null || typical == null || poor == null || y == null) {
            return null;
        }
        return new Benchmark(best, typical, poor, source, y.asInt(), quality);
    }

    /**
     * The benchmark's quality (spec v1.1 §4): its own {@code quality}, else its source's. It must be given
     * somewhere, and where both give it they must agree, because a benchmark carries its source's quality.
     */
    private String quality(JsonNode node, String ptr, String ofSource, boolean sourceKnown) {
        String own = node.has("quality") ? c.oneOf(node, ptr, "quality", List.of("A", "B", "C")) : null;
        if (own != null && ofSource != null && !own.equals(ofSource)) {
            c.problem(ptr + "/quality", "the benchmark's quality '" + own + "' differs from its source's quality '"
                    + ofSource + "'; a benchmark carries its source's quality");
        }
        if (own == null && ofSource == null && !node.has("quality") && sourceKnown) {
            c.problem(ptr, "the benchmark needs its source's quality: A (official, regulatory, peer-reviewed),"
                    + " B (industry body, NGO, trade press) or C (blog, vendor, forum), as 'quality' on the benchmark"
                    + " or on its source");
        }
        return own != null ? own : ofSource;
    }
}
