package org.triadcsr.model.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;

/**
 * Defect 6 of issue 10: a file's validity does not depend on which program reads it. Each case is judged by
 * Triad's reader and by an independent JSON Schema validator (networknt, formats asserted) against
 * docs/exchange.schema.json; the two verdicts must agree, and equal the one the issue expects.
 */
class ExchangeSchemaAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The exchange schema with format assertions on (date, date-time), as a strict independent reader does. */
    static JsonSchema schema() {
        try (InputStream in = ExchangeSchemaAgreementTest.class.getResourceAsStream(
                "/org/triadcsr/model/exchange/exchange.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode base() throws IOException {
        ExchangeDocument doc = ExchangeTest.sample(new Random(7));
        return (ObjectNode) MAPPER.readTree(ExchangeWriter.write(doc));
    }

    private static ObjectNode assessment(ObjectNode root) {
        return (ObjectNode) root.get("companies").get(0).get("assessments").get(0);
    }

    private static ObjectNode firstAnswer(ObjectNode root) {
        return (ObjectNode) assessment(root).get("answers").get(0);
    }

    private static ObjectNode evidenceWithFile(ObjectNode root) {
        return (ObjectNode) assessment(root).get("evidence").get(0);
    }

    private static ObjectNode kpiAnswer(ObjectNode root) {
        for (JsonNode a : assessment(root).get("answers")) {
            if (a.has("inputs") && a.get("inputs").size() > 0) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("the sample has a KPI answer");
    }

    private record Case(String name, boolean valid, Consumer<ObjectNode> change) {
    }

    private static final List<Case> CASES = List.of(
            new Case("as written", true, root -> { }),
            new Case("no companies", false, root -> root.remove("companies")),
            new Case("companies null", false, root -> root.putNull("companies")),
            new Case("assessments null", false, root -> ((ObjectNode) root.get("companies").get(0)).putNull("assessments")),
            new Case("note null", true, root -> firstAnswer(root).putNull("note")),
            new Case("evidence size null", true, root -> evidenceWithFile(root).putNull("size")),
            new Case("evidence data null", false, root -> evidenceWithFile(root).putNull("data")),
            new Case("evidence sha256 in capitals", false, root -> evidenceWithFile(root).put("sha256",
                    evidenceWithFile(root).get("sha256").asText().toUpperCase(java.util.Locale.ROOT))),
            new Case("yearly and monthly figures for one input", false, root -> {
                ObjectNode input = (ObjectNode) kpiAnswer(root).get("inputs").elements().next();
                ArrayNode months = input.putArray("monthly");
                for (int m = 0; m < 12; m++) {
                    months.add(1.0);
                }
                input.put("annual", 12.0);
            }),
            new Case("a month of 1e400", false, root -> {
                ObjectNode input = (ObjectNode) kpiAnswer(root).get("inputs").elements().next();
                input.remove("annual");
                ArrayNode months = input.putArray("monthly");
                months.add(new java.math.BigDecimal("1e400"));
                for (int m = 1; m < 12; m++) {
                    months.addNull();
                }
            }),
            new Case("a date in the year 10000", false, root -> evidenceWithFile(root).put("expires", "+10000-01-01")),
            new Case("a five-digit year", false, root -> evidenceWithFile(root).put("expires", "10000-01-01")),
            new Case("an export time in the year 10000", false, root -> root.put("exportedAt", "+10000-01-01T00:00:00Z")),
            new Case("level 4.0", true, root -> {
                ObjectNode a = firstAnswer(root);
                a.remove(List.of("answer", "option", "inputs", "notApplicable"));
                a.put("level", 4.0);
            }),
            new Case("level 5", false, root -> {
                ObjectNode a = firstAnswer(root);
                a.remove(List.of("answer", "option", "inputs", "notApplicable"));
                a.put("level", 5);
            }),
            new Case("answer maybe", false, root -> {
                ObjectNode a = firstAnswer(root);
                a.remove(List.of("level", "option", "inputs", "notApplicable"));
                a.put("answer", "maybe");
            }),
            new Case("formatVersion 1.0", true, root -> root.put("formatVersion", 1.0)),
            new Case("formatVersion 2", false, root -> root.put("formatVersion", 2)),
            new Case("writtenBy null", true, root -> root.putNull("writtenBy")),
            new Case("a blank company name", false, root -> ((ObjectNode) root.get("companies").get(0)).put("name", "   ")),
            new Case("a blank period", false, root -> assessment(root).put("period", " ")),
            new Case("an evidence question that is not an id", false, root -> evidenceWithFile(root).put("question", "a b")),
            new Case("a valid pack copy", true, root -> root.putArray("packs").add(packCopy(TestPacks.json()))));

    @Test
    void whatNoSchemaCanStateIsCheckedByTheReaderAndNamedInTheSchemasDescription() throws IOException {
        ObjectNode root = base();
        ObjectNode copy = packCopy(TestPacks.json());
        copy.put("sha256", "0".repeat(64));
        root.putArray("packs").add(copy);
        assertThatThrownBy(() -> ExchangeReader.read(MAPPER.writeValueAsString(root)))
                .hasMessageContaining("pack copy's SHA-256 does not match");
        try (InputStream in = getClass().getResourceAsStream("/org/triadcsr/model/exchange/exchange.schema.json")) {
            String description = MAPPER.readTree(in).get("description").asText();
            assertThat(description).contains("unique", "sha256", "valid pack", "unpaired surrogate", "byte-order mark");
        }
    }

    private static ObjectNode packCopy(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ObjectNode copy = MAPPER.createObjectNode();
        copy.put("id", "test-pack");
        copy.put("version", "1.2.0");
        copy.put("sha256", ExchangeReader.sha256(bytes));
        copy.put("data", Base64.getEncoder().encodeToString(bytes));
        return copy;
    }

    @Test
    void theReaderAndTheSchemaGiveTheSameVerdictOnEveryCase() throws IOException {
        JsonSchema schema = schema();
        for (Case c : CASES) {
            ObjectNode root = base();
            c.change().accept(root);
            String json = MAPPER.writeValueAsString(root);
            boolean schemaAccepts = schema.validate(MAPPER.readTree(json)).isEmpty();
            boolean readerAccepts;
            try {
                ExchangeReader.read(json);
                readerAccepts = true;
            } catch (ExchangeException e) {
                readerAccepts = false;
            }
            assertThat(schemaAccepts).as("schema on: %s (%s)", c.name(), schema.validate(MAPPER.readTree(json)))
                    .isEqualTo(c.valid());
            assertThat(readerAccepts).as("reader on: %s", c.name()).isEqualTo(c.valid());
        }
    }

    @Test
    void aByteOrderMarkIsAcceptedAndInvalidBytesOrCharactersAreRefused() throws IOException, ExchangeException {
        String json = MAPPER.writeValueAsString(base());
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(ExchangeReader.read(withBom)).isEqualTo(ExchangeReader.read(json));
        byte[] latin1 = json.replace("Bình Dương", "Binh Duong \u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ExchangeReader.read(latin1)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("not UTF-8 text");
        String loneSurrogate = json.replace("\"Bình Dương\"", "\"B\\ud800nh\"");
        assertThatThrownBy(() -> ExchangeReader.read(loneSurrogate)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("invalid character (U+D800)");
        String nul = json.replace("\"Bình Dương\"", "\"B\\u0000\"");
        assertThatThrownBy(() -> ExchangeReader.read(nul)).hasMessageContaining("U+0000");
    }

    @Test
    void parserTextNeverReachesTheMessage() {
        assertThatThrownBy(() -> ExchangeReader.read("{\"format\": \"triad-exchange\", \"formatVersion\": 1, \"a\": [1, 2"))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("not valid JSON at line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("JsonReadFeature", "StreamReadConstraints",
                        "Unexpected", "com.fasterxml"));
    }
}
