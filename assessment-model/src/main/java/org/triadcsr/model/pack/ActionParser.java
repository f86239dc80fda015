package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Parses an improvement action: its cost (range, currency, unit, source, conversion), savings and payback. */
final class ActionParser {
    static final List<String> UNITS = List.of("total", "per_machine", "per_worker", "per_worker_month", "per_month", "per_year");
    private final Checker c;

    ActionParser(Checker c) {
        this.c = c;
    }

    Action action(JsonNode node, String ptr, Set<String> sourceIds) {
        if (!c.fields(node, ptr, "an action", Set.of("id", "text", "cost", "benefit"), Set.of("savings", "payback"))) {
            return null;
        }
        String id = c.id(node, ptr, "id");
        JsonNode cost = node.get("cost");
        String cp = ptr + "/cost";
        if (cost == null || !c.fields(cost, cp, "a cost range", Set.of("min", "max", "currency"), Set.of("unit", "source", "converted"))) {
            return new Action(id, c.text(node, ptr, "text"), 0, 0, "VND", c.text(node, ptr, "benefit"));
        }
        double[] range = range(cost, cp, "cost range");
        String currency = c.oneOf(cost, cp, "currency", List.of("USD", "VND"));
        String unit = cost.has("unit") ? c.oneOf(cost, cp, "unit", UNITS) : "total";
        String source = source(cost, cp, sourceIds);
        Action.Conversion conversion = cost.has("converted") ? conversion(cost.get("converted"), cp + "/converted", range, currency) : null;
        Action.Savings savings = null;
        if (node.has("savings") && c.fields(node.get("savings"), ptr + "/savings", "a savings range",
                Set.of("min", "max", "currency"), Set.of("source"))) {
            double[] s = range(node.get("savings"), ptr + "/savings", "savings range");
            savings = new Action.Savings(s[0], s[1], c.oneOf(node.get("savings"), ptr + "/savings", "currency", List.of("USD", "VND")),
                    source(node.get("savings"), ptr + "/savings", sourceIds));
        }
        Action.Range payback = null;
        if (node.has("payback") && c.fields(node.get("payback"), ptr + "/payback", "a payback range in years", Set.of("min", "max"), Set.of())) {
            double[] p = range(node.get("payback"), ptr + "/payback", "payback range");
            payback = new Action.Range(p[0], p[1]);
        }
        return new Action(id, c.text(node, ptr, "text"), range[0], range[1], currency == null ? "VND" : currency,
                c.text(node, ptr, "benefit"), unit, source, conversion, savings, payback);
    }

    private double[] range(JsonNode node, String ptr, String what) {
        Double lo = c.number(node, ptr, "min");
        Double hi = c.number(node, ptr, "max");
        if (lo != null && hi != null && (lo < 0 || hi < lo)) {
            c.problem(ptr, what + " must have 0 ≤ min ≤ max (got " + lo + " to " + hi + ")");
        }
        return new double[] {lo == null ? 0 : lo, hi == null ? 0 : hi};
    }

    private String source(JsonNode node, String ptr, Set<String> sourceIds) {
        String source = c.string(node, ptr, "source");
        if (source != null && !sourceIds.contains(source)) {
            c.problem(ptr + "/source", "the figure cites source '" + source + "', which is not in the pack's 'sources'");
        }
        return source;
    }

    /** The original figure and its rate; the converted range must equal original × rate (to 1 %). */
    private Action.Conversion conversion(JsonNode node, String ptr, double[] range, String currency) {
        if (!c.fields(node, ptr, "a currency conversion", Set.of("from", "min", "max", "rate", "date"), Set.of())) {
            return null;
        }
        String from = c.oneOf(node, ptr, "from", List.of("USD", "VND"));
        double[] original = range(node, ptr, "original range");
        Double rate = c.number(node, ptr, "rate");
        if (rate != null && rate <= 0) {
            c.problem(ptr + "/rate", "the rate must be greater than 0 (units of the cost's currency per one unit of 'from')");
        }
        if (from != null && from.equals(currency)) {
            c.problem(ptr + "/from", "a conversion goes from another currency; the cost is already in " + currency);
        }
        LocalDate date = null;
        String text = c.string(node, ptr, "date");
        try {
            date = text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            c.problem(ptr + "/date", "'date' must be a date such as 2025-11-01 (got '" + text + "')");
        }
        if (rate != null && rate > 0 && (off(original[0] * rate, range[0]) || off(original[1] * rate, range[1]))) {
            c.problem(ptr, "the converted cost " + KpiInput.plain(range[0]) + "–" + KpiInput.plain(range[1])
                    + " does not equal the original " + KpiInput.plain(original[0]) + "–" + KpiInput.plain(original[1])
                    + " × rate " + KpiInput.plain(rate));
        }
        return new Action.Conversion(from, original[0], original[1], rate == null ? 0 : rate, date);
    }

    private static boolean off(double expected, double actual) {
        return Math.abs(expected - actual) > 0.01 * Math.max(1, Math.abs(expected));
    }
}
