package org.triadcsr.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.triadcsr.model.json.JsonLocations;

/** Typed reads from a JSON tree that record every problem instead of stopping at the first. */
final class Checker {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private final String file;
    private final Supplier<JsonLocations> locations;
    private JsonLocations index;
    private final List<PackProblem> problems = new ArrayList<>();
    private List<String> languages = List.of("en");

    /** {@code locations} is only called when a problem is found: valid packs never pay for the index. */
    Checker(String file, Supplier<JsonLocations> locations) {
        this.file = file;
        this.locations = locations;
    }

    void languages(List<String> declared) {
        this.languages = declared.isEmpty() ? List.of("en") : List.copyOf(declared);
    }

    List<PackProblem> problems() {
        return problems;
    }

    void problem(String pointer, String message) {
        if (index == null) {
            index = locations.get();
        }
        long[] at = index.of(pointer);
        problems.add(new PackProblem(file, pointer, at[0], at[1], message));
    }

    /** Reports missing required fields and unknown fields; returns false if {@code node} is not an object. */
    boolean fields(JsonNode node, String ptr, String what, Set<String> required, Set<String> optional) {
        if (node == null || !node.isObject()) {
            problem(ptr, what + " must be a JSON object");
            return false;
        }
        for (String name : required) {
            if (!node.has(name)) {
                problem(ptr, what + " is missing the required field '" + name + "'");
            }
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!required.contains(name) && !optional.contains(name)) {
                List<String> allowed = new ArrayList<>(required);
                allowed.addAll(optional);
                problem(ptr + "/" + name, "unknown field '" + name + "' in " + what + " (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
        return true;
    }

    String string(JsonNode parent, String ptr, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            problem(ptr + "/" + field, "'" + field + "' must be a non-empty text");
            return null;
        }
        return n.asText();
    }

    String id(JsonNode parent, String ptr, String field) {
        String id = string(parent, ptr, field);
        if (id != null && !ID.matcher(id).matches()) {
            problem(ptr + "/" + field, "'" + id + "' is not a valid id (lower-case letters, digits, '.', '-', '_')");
        }
        return id;
    }

    /** One of {@code allowed} (case-sensitive), or null with a problem naming the allowed values. */
    String oneOf(JsonNode parent, String ptr, String field, List<String> allowed) {
        String value = string(parent, ptr, field);
        if (value != null && !allowed.contains(value)) {
            problem(ptr + "/" + field, "'" + value + "' is not a known " + field + " (allowed: "
                    + String.join(", ", allowed) + ")");
            return null;
        }
        return value;
    }

    Double number(JsonNode parent, String ptr, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            problem(ptr + "/" + field, "'" + field + "' must be a number");
            return null;
        }
        return n.asDouble();
    }

    double weight(JsonNode parent, String ptr) {
        Double w = number(parent, ptr, "weight");
        if (w == null) {
            return 1.0;
        }
        if (w <= 0) {
            problem(ptr + "/weight", "weight must be greater than 0 (got " + w + ")");
            return 1.0;
        }
        return w;
    }

    boolean flag(JsonNode parent, String ptr, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(ptr + "/" + field, "'" + field + "' must be true or false");
            return false;
        }
        return n.asBoolean();
    }

    /** A text object with a non-empty, NFC string for every declared language, and no other language. */
    Text text(JsonNode parent, String ptr, String field) {
        JsonNode n = parent.get(field);
        return n == null ? null : textValue(n, ptr + "/" + field, field);
    }

    /** The text object {@code n} found at {@code at}; {@code field} names it in messages. */
    Text textValue(JsonNode n, String at, String field) {
        if (!n.isObject()) {
            problem(at, "'" + field + "' must be an object with a text per language (" + String.join(", ", languages) + ")");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : languages) {
            JsonNode t = n.get(lang);
            if (t == null || !t.isTextual() || t.asText().isBlank()) {
                problem(at, "the '" + lang + "' text of '" + field + "' is missing (every text needs "
                        + String.join(" and ", languages) + ")");
            } else if (!Normalizer.isNormalized(t.asText(), Normalizer.Form.NFC)) {
                problem(at + "/" + lang, "the '" + lang + "' text of '" + field + "' is not in Unicode NFC form;"
                        + " save the file with composed characters");
            } else {
                texts.put(lang, t.asText());
            }
        }
        n.fieldNames().forEachRemaining(lang -> {
            if (!languages.contains(lang)) {
                problem(at + "/" + lang, "text in language '" + lang + "', which the pack does not declare in 'languages'");
            }
        });
        return new Text(texts);
    }

    List<JsonNode> array(JsonNode parent, String ptr, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(ptr + "/" + field, "'" + field + "' must be a list ([…])");
            return List.of();
        }
        if (required && n.isEmpty()) {
            problem(ptr + "/" + field, "'" + field + "' must not be empty");
        }
        List<JsonNode> items = new ArrayList<>();
        n.forEach(items::add);
        return items;
    }
}
