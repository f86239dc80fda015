package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triadcsr.model.company.WageRegion;

/**
 * Parses a question's limits (spec v1.1 §5): one rule per kind of question, optional {@code from}/{@code until}
 * dates, and the checks that several limits on one question make sense together.
 */
final class LimitParser {
    private static final Set<String> OPTIONAL = Set.of("min", "max", "required", "input", "forbidden", "from", "until");
    private final Checker c;

    LimitParser(Checker c) {
        this.c = c;
    }

    Limit limit(JsonNode node, String ptr, QuestionKind kind, Kpi kpi, List<ChoiceOption> options) {
        if (!c.fields(node, ptr, "a limit", Set.of("severity", "basis"), OPTIONAL)) {
            return null;
        }
        String severityName = c.oneOf(node, ptr, "severity", List.of("critical", "major"));
        Severity severity = severityName == null ? Severity.MAJOR : Severity.valueOf(severityName.toUpperCase(Locale.ROOT));
        Text basis = c.text(node, ptr, "basis");
        LocalDate from = date(node, ptr, "from");
        LocalDate until = date(node, ptr, "until");
        if (from != null && until != null && until.isBefore(from)) {
            c.problem(ptr + "/until", "'until' (" + until + ") is before 'from' (" + from + "); a limit is in force"
                    + " from its 'from' date to its 'until' date, both included");
        }
        return switch (kind) {
            case YESNO -> yesNo(node, ptr, severity, basis, from, until);
            case CHOICE -> choice(node, ptr, severity, basis, from, until, options);
            case MATURITY -> maturity(node, ptr, severity, basis, from, until);
            case KPI -> kpi(node, ptr, severity, basis, from, until, kpi);
        };
    }

    private boolean only(JsonNode node, String ptr, String kind, String rule, String... fields) {
        boolean ok = true;
        for (String f : List.of("min", "max", "required", "input", "forbidden")) {
            if (node.has(f) && !List.of(fields).contains(f)) {
                c.problem(ptr + "/" + f, "a " + kind + " question's limit is " + rule + "; '" + f
                        + "' belongs to another kind of question");
                ok = false;
            }
        }
        return ok;
    }

    private Limit yesNo(JsonNode node, String ptr, Severity severity, Text basis, LocalDate from, LocalDate until) {
        only(node, ptr, "yesno", "{\"required\": \"yes\"} or {\"required\": \"no\"}", "required");
        String required = c.oneOf(node, ptr, "required", List.of("yes", "no"));
        if (!node.has("required")) {
            c.problem(ptr, "a yesno question's limit needs 'required' (\"yes\" or \"no\")");
        }
        return new Limit(null, required, null, severity, basis, List.of(), null, from, until);
    }

    private Limit choice(JsonNode node, String ptr, Severity severity, Text basis, LocalDate from, LocalDate until,
                         List<ChoiceOption> options) {
        String rule = "{\"forbidden\": [option ids]}";
        only(node, ptr, "choice", rule, "forbidden");
        List<String> forbidden = new ArrayList<>();
        List<JsonNode> items = c.array(node, ptr, "forbidden", true);
        if (!node.has("forbidden")) {
            c.problem(ptr, "a choice question's limit needs 'forbidden', the list of option ids that breach it");
        }
        List<String> known = options.stream().map(ChoiceOption::id).toList();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).isTextual() ? items.get(i).asText() : null;
            if (id == null || !known.contains(id)) {
                c.problem(ptr + "/forbidden/" + i, "'forbidden' names " + (id == null ? items.get(i).toString() : "'" + id + "'")
                        + ", which is not an option of this question (options: " + String.join(", ", known) + ")");
            } else if (forbidden.contains(id)) {
                c.problem(ptr + "/forbidden/" + i, "option '" + id + "' is forbidden twice in this limit");
            } else {
                forbidden.add(id);
            }
        }
        if (!known.isEmpty() && forbidden.size() == known.size()) {
            c.problem(ptr + "/forbidden", "every option is forbidden, so every answer would breach the limit;"
                    + " leave at least one option allowed");
        }
        return new Limit(null, null, null, severity, basis, forbidden, null, from, until);
    }

    private Limit maturity(JsonNode node, String ptr, Severity severity, Text basis, LocalDate from, LocalDate until) {
        only(node, ptr, "maturity", "{\"min\": L}, the lowest acceptable level 1 to 4", "min");
        JsonNode min = node.get("min");
        if (min == null) {
            c.problem(ptr, "a maturity question's limit needs 'min', the lowest acceptable level (1 to 4)");
            return null;
        }
        if (!min.isInt() || min.asInt() < 1 || min.asInt() > 4) {
            c.problem(ptr + "/min", "a maturity limit's 'min' must be a whole level from 1 to 4 (got " + min + ")");
            return null;
        }
        return new Limit(null, null, null, severity, basis, List.of(), min.asInt(), from, until);
    }

    private Limit kpi(JsonNode node, String ptr, Severity severity, Text basis, LocalDate from, LocalDate until, Kpi kpi) {
        only(node, ptr, "kpi", "{\"min\": x} or {\"max\": x}, optionally on one 'input'", "min", "max", "input");
        if (node.has("min") == node.has("max")) {
            c.problem(ptr, "a kpi limit has exactly one of 'min' or 'max'");
            return null;
        }
        String inputId = c.string(node, ptr, "input");
        if (inputId != null && kpi != null && kpi.input(inputId).isEmpty()) {
            c.problem(ptr + "/input", "the limit names input '" + inputId + "', which this KPI does not have");
        }
        boolean isMax = node.has("max");
        String field = isMax ? "max" : "min";
        JsonNode bound = node.get(field);
        if (bound.isNumber()) {
            return new Limit(new Limit.Bound(isMax, bound.asDouble(), null), null, inputId, severity, basis, List.of(), null, from, until);
        }
        if (bound.isObject()) {
            Map<WageRegion, Double> byRegion = new EnumMap<>(WageRegion.class);
            for (WageRegion r : WageRegion.values()) {
                Double v = c.number(bound, ptr + "/" + field, r.name());
                if (v == null) {
                    c.problem(ptr + "/" + field, "a regional " + field + " needs a number for each region I, II, III and IV"
                            + " (missing " + r.name() + ")");
                } else {
                    byRegion.put(r, v);
                }
            }
            bound.fieldNames().forEachRemaining(name -> {
                if (!Set.of("I", "II", "III", "IV").contains(name)) {
                    c.problem(ptr + "/" + field + "/" + name, "unknown region '" + name + "' (allowed: I, II, III, IV)");
                }
            });
            return new Limit(new Limit.Bound(isMax, null, byRegion), null, inputId, severity, basis, List.of(), null, from, until);
        }
        c.problem(ptr + "/" + field, "'" + field + "' must be a number or a table of numbers by region I–IV");
        return null;
    }

    private LocalDate date(JsonNode node, String ptr, String field) {
        String text = c.string(node, ptr, field);
        if (text == null) {
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            c.problem(ptr + "/" + field, "'" + field + "' must be a date such as 2026-01-01 (got '" + text + "')");
            return null;
        }
    }

    /**
     * Several limits on one question: two limits on the same figure and side that are in force on the same day
     * must differ in severity, and then the critical one must lie beyond the major one (e.g. overtime: major
     * above 200 h, critical above 300 h), or the major flag could never be raised alone.
     */
    void checkTogether(List<Limit> limits, List<String> pointers) {
        for (int j = 1; j < limits.size(); j++) {
            for (int i = 0; i < j; i++) {
                Limit a = limits.get(i);
                Limit b = limits.get(j);
                if (!sameFigure(a, b) || !overlap(a, b)) {
                    continue;
                }
                if (a.severity() == b.severity()) {
                    c.problem(pointers.get(j), "this limit checks the same figure as limit " + i + " (" + a.describe()
                            + ") with the same severity while both are in force; merge them, or give them 'from' and"
                            + " 'until' dates that do not overlap");
                } else if (a.bound() != null && b.bound() != null) {
                    Limit critical = a.severity() == Severity.CRITICAL ? a : b;
                    Limit major = critical == a ? b : a;
                    for (WageRegion r : WageRegion.values()) {
                        double cv = critical.bound().valueFor(r);
                        double mv = major.bound().valueFor(r);
                        if (critical.bound().isMax() ? cv <= mv : cv >= mv) {
                            c.problem(pointers.get(j), "the critical limit (" + critical.describe() + ") must lie beyond"
                                    + " the major one (" + major.describe() + "): a critical "
                                    + (critical.bound().isMax() ? "max above the major max" : "min below the major min"));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static boolean sameFigure(Limit a, Limit b) {
        if (a.bound() != null || b.bound() != null) {
            return a.bound() != null && b.bound() != null && a.bound().isMax() == b.bound().isMax()
                    && Objects.equals(a.inputId(), b.inputId());
        }
        return Objects.equals(a.requiredAnswer(), b.requiredAnswer()) && Objects.equals(a.minLevel(), b.minLevel())
                && a.forbidden().equals(b.forbidden());
    }

    private static boolean overlap(Limit a, Limit b) {
        LocalDate start = later(a.from(), b.from());
        LocalDate end = earlier(a.until(), b.until());
        return start == null || end == null || !end.isBefore(start);
    }

    private static LocalDate later(LocalDate x, LocalDate y) {
        return x == null ? y : y == null ? x : x.isAfter(y) ? x : y;
    }

    private static LocalDate earlier(LocalDate x, LocalDate y) {
        return x == null ? y : y == null ? x : x.isBefore(y) ? x : y;
    }
}
