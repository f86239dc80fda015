package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.formula.Formula;
import org.triadcsr.model.formula.FormulaException;

/** Walks a pack's JSON tree once, building the records and collecting every problem on the way. */
final class PackParser {
    static final int FORMAT = 1;
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    private static final Map<String, String> DOMAIN_PREFIX = Map.of("environment", "env.", "social", "soc.", "productivity", "prd.");
    private final Checker c;
    private final Map<String, String> idsSeen = new HashMap<>();
    private final Set<String> sourceIds = new HashSet<>();

    PackParser(Checker checker) {
        this.c = checker;
    }

    Pack pack(JsonNode root) {
        if (!c.fields(root, "", "the pack", Set.of("format", "id", "version", "sector", "languages", "name", "domains"),
                Set.of("description", "sources", "replaced"))) {
            return null;
        }
        JsonNode format = root.get("format");
        if (format != null && (!format.isInt() || format.asInt() != FORMAT)) {
            c.problem("/format", "pack format " + format + " is not supported; this version of Triad reads format " + FORMAT);
        }
        String id = c.id(root, "", "id");
        String version = c.string(root, "", "version");
        if (version != null && !SEMVER.matcher(version).matches()) {
            c.problem("/version", "version '" + version + "' is not a semantic version such as 1.0.0");
        }
        String sector = c.string(root, "", "sector");
        List<String> languages = new ArrayList<>();
        for (JsonNode lang : c.array(root, "", "languages", true)) {
            if (!lang.isTextual() || !lang.asText().matches("[a-z]{2,3}")) {
                c.problem("/languages", "languages must be language codes such as \"en\" and \"vi\"");
            } else if (!languages.contains(lang.asText())) {
                languages.add(lang.asText());
            }
        }
        if (root.has("languages") && !languages.contains("en")) {
            c.problem("/languages", "every pack must speak English (\"en\"), the language of its ids and sources");
        }
        c.languages(languages);
        Text name = c.text(root, "", "name");
        Text description = root.has("description") ? c.text(root, "", "description") : name;
        List<Source> sources = sources(root);
        List<Replacement> replaced = replaced(root);
        List<Domain> domains = new ArrayList<>();
        List<JsonNode> domainNodes = c.array(root, "", "domains", true);
        for (int i = 0; i < domainNodes.size(); i++) {
            Domain d = domain(domainNodes.get(i), "/domains/" + i);
            if (d != null) {
                domains.add(d);
            }
        }
        List<String> domainIds = domains.stream().map(Domain::id).toList();
        if (root.has("domains") && domainIds.size() == domainNodes.size() && !domainIds.equals(Domain.IDS)) {
            c.problem("/domains", "the domains must be exactly environment, social, productivity, in that order (got "
                    + String.join(", ", domainIds) + ")");
        }
        if (!c.problems().isEmpty()) {
            return null;
        }
        return new Pack(id, version, sector, languages, name, description, sources, replaced, domains);
    }

    private List<Source> sources(JsonNode root) {
        List<Source> sources = new ArrayList<>();
        List<JsonNode> nodes = c.array(root, "", "sources", false);
        for (int i = 0; i < nodes.size(); i++) {
            String ptr = "/sources/" + i;
            JsonNode s = nodes.get(i);
            if (!c.fields(s, ptr, "a source", Set.of("id", "citation", "year"), Set.of("url", "quality", "note"))) {
                continue;
            }
            String id = c.id(s, ptr, "id");
            if (id != null && !sourceIds.add(id)) {
                c.problem(ptr + "/id", "duplicate source id '" + id + "'");
            }
            Integer year = year(s, ptr);
            String quality = s.has("quality") ? c.oneOf(s, ptr, "quality", List.of("A", "B", "C")) : null;
            sources.add(new Source(id, c.string(s, ptr, "citation"), c.string(s, ptr, "url"),
                    year == null ? 0 : year, quality));
        }
        return sources;
    }

    private Integer year(JsonNode node, String ptr) {
        JsonNode y = node.get("year");
        if (y == null) {
            return null;
        }
        if (!y.isInt() || y.asInt() < 1900 || y.asInt() > 2100) {
            c.problem(ptr + "/year", "year must be a whole number such as 2024");
            return null;
        }
        return y.asInt();
    }

    private List<Replacement> replaced(JsonNode root) {
        List<Replacement> list = new ArrayList<>();
        List<JsonNode> nodes = c.array(root, "", "replaced", false);
        for (int i = 0; i < nodes.size(); i++) {
            String ptr = "/replaced/" + i;
            if (c.fields(nodes.get(i), ptr, "a replacement", Set.of("id", "by"), Set.of())) {
                list.add(new Replacement(c.id(nodes.get(i), ptr, "id"), c.id(nodes.get(i), ptr, "by")));
            }
        }
        return list;
    }

    private void unique(String id, String ptr, String what) {
        if (id == null) {
            return;
        }
        String earlier = idsSeen.putIfAbsent(id, ptr);
        if (earlier != null) {
            c.problem(ptr + "/id", "duplicate id '" + id + "': already used by the " + what + " at " + earlier);
        }
    }

    private Domain domain(JsonNode node, String ptr) {
        if (!c.fields(node, ptr, "a domain", Set.of("id", "name", "topics"), Set.of("weight"))) {
            return null;
        }
        String id = c.id(node, ptr, "id");
        unique(id, ptr, "domain");
        if (id != null && !Domain.IDS.contains(id)) {
            c.problem(ptr + "/id", "unknown domain '" + id + "' (allowed: environment, social, productivity)");
        }
        List<Topic> topics = new ArrayList<>();
        List<JsonNode> nodes = c.array(node, ptr, "topics", true);
        for (int i = 0; i < nodes.size(); i++) {
            Topic t = topic(nodes.get(i), ptr + "/topics/" + i, DOMAIN_PREFIX.get(id));
            if (t != null) {
                topics.add(t);
            }
        }
        return new Domain(id, c.text(node, ptr, "name"), c.weight(node, ptr), topics);
    }

    private Topic topic(JsonNode node, String ptr, String prefix) {
        if (!c.fields(node, ptr, "a topic", Set.of("id", "name", "questions"), Set.of("weight", "actions"))) {
            return null;
        }
        String id = c.id(node, ptr, "id");
        unique(id, ptr, "topic");
        if (id != null && prefix != null && !id.startsWith(prefix)) {
            c.problem(ptr + "/id", "topic id '" + id + "' must start with '" + prefix + "' in this domain");
        }
        List<Question> questions = new ArrayList<>();
        List<JsonNode> nodes = c.array(node, ptr, "questions", true);
        for (int i = 0; i < nodes.size(); i++) {
            Question q = new QuestionParser(c).question(nodes.get(i), ptr + "/questions/" + i, id, sourceIds);
            if (q != null) {
                unique(q.id(), ptr + "/questions/" + i, "question");
                questions.add(q);
            }
        }
        List<Action> actions = new ArrayList<>();
        List<JsonNode> actionNodes = c.array(node, ptr, "actions", false);
        for (int i = 0; i < actionNodes.size(); i++) {
            Action a = action(actionNodes.get(i), ptr + "/actions/" + i);
            if (a != null) {
                actions.add(a);
            }
        }
        return new Topic(id, c.text(node, ptr, "name"), c.weight(node, ptr), questions, actions);
    }

    private Action action(JsonNode node, String ptr) {
        if (!c.fields(node, ptr, "an action", Set.of("id", "text", "cost", "benefit"), Set.of())) {
            return null;
        }
        String id = c.id(node, ptr, "id");
        unique(id, ptr, "action");
        JsonNode cost = node.get("cost");
        double min = 0;
        double max = 0;
        String currency = "USD";
        if (cost != null && c.fields(cost, ptr + "/cost", "a cost range", Set.of("min", "max", "currency"), Set.of())) {
            Double lo = c.number(cost, ptr + "/cost", "min");
            Double hi = c.number(cost, ptr + "/cost", "max");
            currency = c.oneOf(cost, ptr + "/cost", "currency", List.of("USD", "VND"));
            if (lo != null && hi != null && (lo < 0 || hi < lo)) {
                c.problem(ptr + "/cost", "cost range must have 0 ≤ min ≤ max (got " + lo + " to " + hi + ")");
            }
            min = lo == null ? 0 : lo;
            max = hi == null ? 0 : hi;
        }
        return new Action(id, c.text(node, ptr, "text"), min, max, currency, c.text(node, ptr, "benefit"));
    }

    /** Parses one question; a class of its own because kinds differ so much. */
    static final class QuestionParser {
        private final Checker c;

        QuestionParser(Checker c) {
            this.c = c;
        }

        Question question(JsonNode node, String ptr, String topicId, Set<String> sourceIds) {
            if (!c.fields(node, ptr, "a question", Set.of("id", "kind", "tier", "text", "help", "evidence"),
                    Set.of("weight", "allowNA", "mappings", "limits", "levels", "partial", "options", "kpi"))) {
                return null;
            }
            String id = c.id(node, ptr, "id");
            if (id != null && topicId != null && !id.startsWith(topicId + ".")) {
                c.problem(ptr + "/id", "question id '" + id + "' must start with its topic's id '" + topicId + ".'");
            }
            String kindName = c.oneOf(node, ptr, "kind", List.of("maturity", "yesno", "choice", "kpi"));
            QuestionKind kind = kindName == null ? null : QuestionKind.valueOf(kindName.toUpperCase(Locale.ROOT));
            String tierName = c.oneOf(node, ptr, "tier", List.of("core", "advanced"));
            Tier tier = tierName == null ? Tier.CORE : Tier.valueOf(tierName.toUpperCase(Locale.ROOT));
            onlyFor(node, ptr, kind, "levels", QuestionKind.MATURITY);
            onlyFor(node, ptr, kind, "partial", QuestionKind.YESNO);
            onlyFor(node, ptr, kind, "options", QuestionKind.CHOICE);
            onlyFor(node, ptr, kind, "kpi", QuestionKind.KPI);
            List<Text> levels = new ArrayList<>();
            if (node.has("levels")) {
                List<JsonNode> items = c.array(node, ptr, "levels", false);
                if (items.size() != 5) {
                    c.problem(ptr + "/levels", "'levels' must describe exactly five levels, 0 to 4 (got " + items.size() + ")");
                }
                for (int i = 0; i < items.size(); i++) {
                    levels.add(c.textValue(items.get(i), ptr + "/levels/" + i, "level " + i));
                }
            }
            List<ChoiceOption> options = kind == QuestionKind.CHOICE ? options(node, ptr) : List.of();
            Kpi kpi = null;
            if (kind == QuestionKind.KPI) {
                kpi = node.has("kpi") ? new KpiParser(c).kpi(node.get("kpi"), ptr + "/kpi", sourceIds) : null;
                if (!node.has("kpi")) {
                    c.problem(ptr, "a kpi question needs a 'kpi' object (unit, direction, inputs, formula)");
                }
            }
            List<Limit> limits = new ArrayList<>();
            List<JsonNode> limitNodes = c.array(node, ptr, "limits", false);
            if (!limitNodes.isEmpty() && (kind == QuestionKind.MATURITY || kind == QuestionKind.CHOICE)) {
                c.problem(ptr + "/limits", "a " + kind.id() + " question cannot carry a limit; limits belong on"
                        + " yesno and kpi questions");
            } else {
                for (int i = 0; i < limitNodes.size(); i++) {
                    Limit l = limit(limitNodes.get(i), ptr + "/limits/" + i, kind, kpi);
                    if (l != null) {
                        limits.add(l);
                    }
                }
            }
            return new Question(id, kind, tier, c.weight(node, ptr), c.flag(node, ptr, "allowNA"),
                    c.text(node, ptr, "text"), c.text(node, ptr, "help"), c.text(node, ptr, "evidence"),
                    mappings(node, ptr), limits, levels, c.flag(node, ptr, "partial"), options, kpi);
        }

        private void onlyFor(JsonNode node, String ptr, QuestionKind kind, String field, QuestionKind owner) {
            if (kind != null && kind != owner && node.has(field)) {
                c.problem(ptr + "/" + field, "'" + field + "' belongs to " + owner.id() + " questions, not to a "
                        + kind.id() + " question");
            }
        }

        private List<ChoiceOption> options(JsonNode node, String ptr) {
            List<ChoiceOption> options = new ArrayList<>();
            List<JsonNode> items = c.array(node, ptr, "options", false);
            if (items.size() < 2) {
                c.problem(ptr + (node.has("options") ? "/options" : ""), "a choice question needs at least two 'options'");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String op = ptr + "/options/" + i;
                if (!c.fields(items.get(i), op, "an option", Set.of("id", "points", "text"), Set.of())) {
                    continue;
                }
                String id = c.id(items.get(i), op, "id");
                if (id != null && !seen.add(id)) {
                    c.problem(op + "/id", "duplicate option id '" + id + "' in this question");
                }
                Double points = c.number(items.get(i), op, "points");
                if (points != null && (points < 0 || points > 100)) {
                    c.problem(op + "/points", "option points must be between 0 and 100 (got " + points + ")");
                }
                options.add(new ChoiceOption(id, points == null ? 0 : points, c.text(items.get(i), op, "text")));
            }
            return options;
        }

        private List<Mapping> mappings(JsonNode node, String ptr) {
            List<Mapping> list = new ArrayList<>();
            List<JsonNode> items = c.array(node, ptr, "mappings", false);
            for (int i = 0; i < items.size(); i++) {
                String mp = ptr + "/mappings/" + i;
                if (c.fields(items.get(i), mp, "a framework mapping", Set.of("framework", "ref"), Set.of())) {
                    list.add(new Mapping(c.string(items.get(i), mp, "framework"), c.string(items.get(i), mp, "ref")));
                }
            }
            return list;
        }

        private Limit limit(JsonNode node, String ptr, QuestionKind kind, Kpi kpi) {
            if (!c.fields(node, ptr, "a limit", Set.of("severity", "basis"), Set.of("min", "max", "required", "input"))) {
                return null;
            }
            String severityName = c.oneOf(node, ptr, "severity", List.of("critical", "major"));
            Severity severity = severityName == null ? Severity.MAJOR : Severity.valueOf(severityName.toUpperCase(Locale.ROOT));
            Text basis = c.text(node, ptr, "basis");
            if (kind == QuestionKind.YESNO) {
                if (node.has("min") || node.has("max") || node.has("input")) {
                    c.problem(ptr, "a yesno question's limit is {\"required\": \"yes\"} or {\"required\": \"no\"}; min, max"
                            + " and input belong to kpi questions");
                }
                String required = c.oneOf(node, ptr, "required", List.of("yes", "no"));
                if (!node.has("required")) {
                    c.problem(ptr, "a yesno question's limit needs 'required' (\"yes\" or \"no\")");
                }
                return new Limit(null, required, null, severity, basis);
            }
            if (node.has("required")) {
                c.problem(ptr + "/required", "'required' belongs to yesno questions; a kpi limit has 'min' or 'max'");
            }
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
                return new Limit(new Limit.Bound(isMax, bound.asDouble(), null), null, inputId, severity, basis);
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
                return new Limit(new Limit.Bound(isMax, null, byRegion), null, inputId, severity, basis);
            }
            c.problem(ptr + "/" + field, "'" + field + "' must be a number or a table of numbers by region I–IV");
            return null;
        }
    }

    /** Parses a {@code kpi} object: inputs, formula and benchmark. */
    static final class KpiParser {
        private final Checker c;

        KpiParser(Checker c) {
            this.c = c;
        }

        Kpi kpi(JsonNode node, String ptr, Set<String> sourceIds) {
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
            Benchmark benchmark = node.has("benchmark") ? benchmark(node.get("benchmark"), ptr + "/benchmark", direction, sourceIds) : null;
            return new Kpi(unit, direction, inputs, formula, benchmark);
        }

        private KpiInput input(JsonNode node, String ptr) {
            if (!c.fields(node, ptr, "a KPI input", Set.of("id", "unit", "aggregate", "text"), Set.of("period", "min", "max"))) {
                return null;
            }
            String id = c.string(node, ptr, "id");
            if (id != null && !id.matches("[a-z][a-z0-9_]*")) {
                c.problem(ptr + "/id", "input id '" + id + "' must be lower-case letters, digits and '_', starting with a letter");
            }
            String agg = c.oneOf(node, ptr, "aggregate", List.of("sum", "mean"));
            String period = node.has("period") ? c.oneOf(node, ptr, "period", List.of("monthly", "annual")) : "annual";
            Double min = c.number(node, ptr, "min");
            Double max = c.number(node, ptr, "max");
            double lo = min == null ? 0 : min;
            if (max != null && max <= lo) {
                c.problem(ptr + "/max", "max must be greater than min (" + lo + ")");
            }
            return new KpiInput(id, c.text(node, ptr, "text"), c.string(node, ptr, "unit"),
                    "mean".equals(agg) ? Aggregate.MEAN : Aggregate.SUM, "monthly".equals(period), lo, max);
        }

        private Benchmark benchmark(JsonNode node, String ptr, Direction direction, Set<String> sourceIds) {
            if (!c.fields(node, ptr, "a benchmark", Set.of("best", "typical", "poor", "source", "year"), Set.of("note"))) {
                return null;
            }
            Double best = c.number(node, ptr, "best");
            Double typical = c.number(node, ptr, "typical");
            Double poor = c.number(node, ptr, "poor");
            String source = c.string(node, ptr, "source");
            if (source != null && !sourceIds.contains(source)) {
                c.problem(ptr + "/source", "the benchmark cites source '" + source + "', which is not in the pack's 'sources'");
            }
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
            return new Benchmark(best, typical, poor, source, y.asInt());
        }
    }
}
