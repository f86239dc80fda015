package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parses one question; a class of its own because kinds differ so much. */
final class QuestionParser {
    private final Checker c;

    QuestionParser(Checker c) {
        this.c = c;
    }

    Question question(JsonNode node, String ptr, String topicId, Map<String, String> sourceQuality) {
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
            kpi = node.has("kpi") ? new KpiParser(c).kpi(node.get("kpi"), ptr + "/kpi", sourceQuality) : null;
            if (!node.has("kpi")) {
                c.problem(ptr, "a kpi question needs a 'kpi' object (unit, direction, inputs, formula)");
            }
        }
        List<Limit> limits = new ArrayList<>();
        List<JsonNode> limitNodes = c.array(node, ptr, "limits", false);
        LimitParser limitParser = new LimitParser(c);
        List<String> limitPointers = new ArrayList<>();
        for (int i = 0; i < limitNodes.size(); i++) {
            Limit l = kind == null ? null : limitParser.limit(limitNodes.get(i), ptr + "/limits/" + i, kind, kpi, options);
            if (l != null) {
                limits.add(l);
                limitPointers.add(ptr + "/limits/" + i);
            }
        }
        limitParser.checkTogether(limits, limitPointers);
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
}
