package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Walks a pack's JSON tree once, building the records and collecting every problem on the way. */
final class PackParser {
    static final int FORMAT = 1;
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    private static final Map<String, String> DOMAIN_PREFIX = Map.of("environment", "env.", "social", "soc.", "productivity", "prd.");
    private final Checker c;
    private final Map<String, String> idsSeen = new HashMap<>();
    private final Map<String, String> sourceQuality = new HashMap<>();

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
            Integer year = year(s, ptr);
            String quality = s.has("quality") ? c.oneOf(s, ptr, "quality", List.of("A", "B", "C")) : null;
            if (id != null && sourceQuality.containsKey(id)) {
                c.problem(ptr + "/id", "duplicate source id '" + id + "'");
            } else if (id != null) {
                sourceQuality.put(id, quality);
            }
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
            Question q = new QuestionParser(c).question(nodes.get(i), ptr + "/questions/" + i, id, sourceQuality);
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
}
