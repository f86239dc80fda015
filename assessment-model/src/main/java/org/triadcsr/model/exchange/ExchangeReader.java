package org.triadcsr.model.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

/**
 * Reads exchange files defensively: they come from other laptops and other programs. Everything is checked
 * (format and version, required fields, sizes, ids, dates, evidence hashes) and every problem is reported;
 * nothing is returned from a file with any problem.
 */
public final class ExchangeReader {
    /** Longest ordinary text (names, notes); evidence data has its own limit. */
    public static final int MAX_TEXT = 10_000;
    /** Largest evidence file, as for the workspace (25 MB). */
    public static final int MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                    .maxStringLength(MAX_EVIDENCE_BYTES / 3 * 4 + 16).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final List<String> problems = new ArrayList<>();

    private ExchangeReader() {
    }

    public static ExchangeDocument read(String json) throws ExchangeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ExchangeException(List.of("the file is not valid JSON" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ExchangeException(List.of("the file cannot be read: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ExchangeException(List.of("the file is not a Triad exchange file (expected a JSON object)"));
        }
        if (!ExchangeDocument.FORMAT.equals(root.path("format").asText(null))) {
            throw new ExchangeException(List.of("the file is not a Triad exchange file (its 'format' is not \""
                    + ExchangeDocument.FORMAT + "\")"));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.asInt() != ExchangeDocument.VERSION) {
            throw new ExchangeException(List.of("exchange format version " + version + " is not supported; this version"
                    + " of Triad reads version " + ExchangeDocument.VERSION
                    + (version != null && version.isInt() && version.asInt() > ExchangeDocument.VERSION
                            ? " (the file was written by a newer Triad: update Triad to import it)" : "")));
        }
        ExchangeReader reader = new ExchangeReader();
        List<CompanyFile> companies = reader.list(root, "", "companies", reader::company);
        Instant exportedAt = reader.instant(root, "", "exportedAt");
        if (!reader.problems.isEmpty()) {
            throw new ExchangeException(reader.problems);
        }
        return new ExchangeDocument(version.asInt(), reader.text(root, "", "writtenBy", false), exportedAt, companies);
    }

    private void problem(String at, String message) {
        if (problems.size() < 100) {
            problems.add((at.isEmpty() ? "/" : at) + ": " + message);
        }
    }

    private <T> List<T> list(JsonNode parent, String ptr, String field, ItemReader<T> item) {
        JsonNode n = parent.get(field);
        List<T> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            problem(ptr + "/" + field, "'" + field + "' must be a list");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String at = ptr + "/" + field + "/" + i;
            if (!n.get(i).isObject()) {
                problem(at, "must be an object");
                continue;
            }
            T value = item.read(n.get(i), at);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode node, String ptr);
    }

    private String text(JsonNode parent, String ptr, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problem(ptr + "/" + field, "'" + field + "' is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(ptr + "/" + field, "'" + field + "' must be text");
            return null;
        }
        if (n.asText().length() > MAX_TEXT) {
            problem(ptr + "/" + field, "'" + field + "' is " + n.asText().length() + " characters long; at most "
                    + MAX_TEXT + " are allowed");
            return null;
        }
        if (required && n.asText().isBlank()) {
            problem(ptr + "/" + field, "'" + field + "' must not be empty");
            return null;
        }
        return n.asText();
    }

    private String id(JsonNode parent, String ptr, String field) {
        String id = text(parent, ptr, field, true);
        if (id != null && (id.length() > 200 || !id.matches("[A-Za-z0-9._:-]+"))) {
            problem(ptr + "/" + field, "'" + field + "' must be an id of letters, digits, '.', '-', '_' or ':' (at most 200)");
            return null;
        }
        return id;
    }

    private Double number(JsonNode parent, String ptr, String field) {
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

    private <T> T parse(JsonNode parent, String ptr, String field, boolean required, Function<String, T> parser, String allowed) {
        String s = text(parent, ptr, field, required);
        if (s == null) {
            return null;
        }
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problem(ptr + "/" + field, "'" + s + "' is not " + allowed);
            return null;
        }
    }

    private Instant instant(JsonNode parent, String ptr, String field) {
        return parse(parent, ptr, field, true, Instant::parse, "a UTC time such as 2026-01-31T08:00:00Z");
    }

    private LocalDate date(JsonNode parent, String ptr, String field) {
        return parse(parent, ptr, field, false, LocalDate::parse, "a date such as 2026-12-31");
    }

    private CompanyFile company(JsonNode n, String ptr) {
        String id = id(n, ptr, "id");
        String name = text(n, ptr, "name", true);
        WageRegion region = parse(n, ptr, "region", false, WageRegion::valueOf, "a region I, II, III or IV");
        Field field = parse(n, ptr, "field", false, s -> Field.valueOf(s.toUpperCase(Locale.ROOT)),
                "a field (industry_construction or trade_services)");
        Double employees = number(n, ptr, "employees");
        if (employees != null && (employees < 0 || employees != Math.rint(employees) || employees > 10_000_000)) {
            problem(ptr + "/employees", "'employees' must be a whole number ≥ 0");
            employees = null;
        }
        CompanyProfile profile = new CompanyProfile(field == null ? Field.INDUSTRY_CONSTRUCTION : field,
                employees == null ? null : employees.intValue(), nonNegative(n, ptr, "revenueBnVnd"),
                nonNegative(n, ptr, "capitalBnVnd"), region);
        Company company = new Company(id, name, text(n, ptr, "sector", false), text(n, ptr, "province", false), profile);
        List<CompanyFile.AssessmentFile> assessments = list(n, ptr, "assessments", (a, p) -> assessment(a, p, id));
        List<Target> targets = list(n, ptr, "targets", this::target);
        List<ImprovementAction> actions = list(n, ptr, "actions", this::action);
        unique(assessments.stream().map(a -> a.assessment().id()).toList(), ptr + "/assessments", "assessment");
        unique(assessments.stream().flatMap(a -> a.evidence().stream()).map(Evidence::id).toList(), ptr, "evidence");
        unique(targets.stream().map(Target::id).toList(), ptr + "/targets", "target");
        unique(actions.stream().map(ImprovementAction::id).toList(), ptr + "/actions", "action");
        return new CompanyFile(company, assessments, targets, actions);
    }

    private Double nonNegative(JsonNode n, String ptr, String field) {
        Double v = number(n, ptr, field);
        if (v != null && v < 0) {
            problem(ptr + "/" + field, "'" + field + "' must not be negative");
            return null;
        }
        return v;
    }

    private void unique(List<String> ids, String ptr, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problem(ptr, "the " + what + " id '" + id + "' appears twice");
            }
        }
    }

    private CompanyFile.AssessmentFile assessment(JsonNode n, String ptr, String companyId) {
        String id = id(n, ptr, "id");
        AssessmentStatus status = parse(n, ptr, "status", true, AssessmentStatus::of, "a status (draft or final)");
        Assessment a = new Assessment(id, companyId, id(n, ptr, "packId"), text(n, ptr, "packVersion", true),
                text(n, ptr, "period", true), text(n, ptr, "assessor", false), status,
                instant(n, ptr, "createdAt"), instant(n, ptr, "updatedAt"));
        List<Answer> answers = list(n, ptr, "answers", this::answer);
        unique(answers.stream().map(Answer::questionId).toList(), ptr + "/answers", "question");
        List<Evidence> evidence = list(n, ptr, "evidence", (e, p) -> evidence(e, p, id));
        return new CompanyFile.AssessmentFile(a, answers, evidence);
    }

    private Answer answer(JsonNode n, String ptr) {
        String question = id(n, ptr, "question");
        List<String> present = new ArrayList<>();
        for (String key : List.of("level", "answer", "option", "inputs", "notApplicable")) {
            if (n.has(key)) {
                present.add(key);
            }
        }
        if (present.size() != 1) {
            problem(ptr, "an answer has exactly one of level, answer, option, inputs or notApplicable (found "
                    + (present.isEmpty() ? "none" : String.join(", ", present)) + ")");
            return null;
        }
        AnswerValue value = switch (present.get(0)) {
            case "level" -> n.get("level").isInt() ? new AnswerValue.Level(n.get("level").asInt()) : null;
            case "answer" -> n.get("answer").isTextual() ? new AnswerValue.YesNo(n.get("answer").asText()) : null;
            case "option" -> n.get("option").isTextual() ? new AnswerValue.Choice(n.get("option").asText()) : null;
            case "notApplicable" -> n.get("notApplicable").isTextual()
                    ? new AnswerValue.NotApplicable(text(n, ptr, "notApplicable", false)) : null;
            default -> inputs(n.get("inputs"), ptr + "/inputs");
        };
        if (value == null) {
            problem(ptr + "/" + present.get(0), "has the wrong type for '" + present.get(0) + "'");
            return null;
        }
        return new Answer(question, value, text(n, ptr, "note", false));
    }

    private AnswerValue inputs(JsonNode n, String ptr) {
        if (!n.isObject()) {
            return null;
        }
        Map<String, InputValue> inputs = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            String at = ptr + "/" + e.getKey();
            JsonNode v = e.getValue();
            if (v.has("annual") && v.get("annual").isNumber() && Double.isFinite(v.get("annual").asDouble())) {
                inputs.put(e.getKey(), new InputValue.Annual(v.get("annual").asDouble()));
            } else if (v.has("monthly") && v.get("monthly").isArray() && v.get("monthly").size() == 12) {
                List<Double> months = new ArrayList<>();
                boolean ok = true;
                for (JsonNode m : v.get("monthly")) {
                    ok &= m.isNull() || m.isNumber() && Double.isFinite(m.asDouble());
                    months.add(m.isNull() ? null : m.asDouble());
                }
                if (ok) {
                    inputs.put(e.getKey(), new InputValue.Monthly(months));
                } else {
                    problem(at, "monthly values must be numbers (finite, as a spreadsheet holds them) or null");
                }
            } else {
                problem(at, "an input is {\"annual\": number} or {\"monthly\": [12 numbers or null]}");
            }
        });
        return new AnswerValue.KpiInputs(inputs);
    }

    private Evidence evidence(JsonNode n, String ptr, String assessmentId) {
        String id = id(n, ptr, "id");
        String data = n.path("data").isTextual() ? n.get("data").asText() : null;
        byte[] bytes = null;
        String sha = null;
        if (data != null) {
            try {
                bytes = Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                problem(ptr + "/data", "the evidence data is not valid base64");
                return null;
            }
            if (bytes.length > MAX_EVIDENCE_BYTES) {
                problem(ptr + "/data", "the evidence file is larger than 25 MB");
                return null;
            }
            sha = text(n, ptr, "sha256", true);
            String actual = sha256(bytes);
            if (sha != null && !sha.equalsIgnoreCase(actual)) {
                problem(ptr + "/sha256", "the evidence file's SHA-256 does not match its data (the file is damaged or was"
                        + " altered): expected " + sha + ", computed " + actual);
            }
            Double size = number(n, ptr, "size");
            if (size != null && size.longValue() != bytes.length) {
                problem(ptr + "/size", "the evidence size " + size.longValue() + " does not match its data (" + bytes.length + " bytes)");
            }
        }
        String question = n.hasNonNull("question") ? id(n, ptr, "question") : null;
        return new Evidence(id, assessmentId, question, text(n, ptr, "note", false), text(n, ptr, "fileName", bytes != null),
                text(n, ptr, "mediaType", bytes != null), bytes, sha == null ? null : sha.toLowerCase(Locale.ROOT),
                date(n, ptr, "expires"));
    }

    private Target target(JsonNode n, String ptr) {
        Double value = number(n, ptr, "value");
        if (value == null) {
            problem(ptr + "/value", "'value' is required");
            return null;
        }
        return new Target(id(n, ptr, "id"), id(n, ptr, "kpi"), value, date(n, ptr, "due"), text(n, ptr, "note", false));
    }

    private ImprovementAction action(JsonNode n, String ptr) {
        ImprovementAction.ActionStatus status = parse(n, ptr, "status", true,
                s -> ImprovementAction.ActionStatus.valueOf(s.toUpperCase(Locale.ROOT)),
                "a status (planned, in_progress, done, dropped)");
        return new ImprovementAction(id(n, ptr, "id"), text(n, ptr, "title", true), text(n, ptr, "owner", false),
                date(n, ptr, "due"), status, number(n, ptr, "cost"), number(n, ptr, "expectedSavings"),
                text(n, ptr, "currency", false), text(n, ptr, "linkedTo", false), text(n, ptr, "packAction", false));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
