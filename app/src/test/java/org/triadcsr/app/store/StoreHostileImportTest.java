package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files from elsewhere that must be refused whole, with a message, leaving the workspace as it was. */
class StoreHostileImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path file;
    String valid;

    @BeforeEach
    void workspaceWithTwoCompanies() {
        file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreExchangeTest.fill(ws, "c1");
            StoreExchangeTest.fill(ws, "c2");
            valid = ExchangeSchema.assertValid(ws.exchange().export("c1"));
        }
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("malformed JSON", raw("{\"format\": \"triad-exchange\", \"companies\": [")),
                Arguments.of("not JSON at all", raw("PK\u0003\u0004 this is a zip")),
                Arguments.of("wrong format", edit(root -> root.put("format", "other-tool"))),
                Arguments.of("newer format version", edit(root -> root.put("formatVersion", 99))),
                Arguments.of("10 MB string", edit(root -> company(root).put("name", "x".repeat(10 * 1024 * 1024)))),
                Arguments.of("deep nesting", raw("{\"format\":\"triad-exchange\",\"formatVersion\":1,\"companies\":"
                        + "[".repeat(5000) + "]".repeat(5000) + "}")),
                Arguments.of("evidence hash mismatch", edit(root -> evidence(root).put("sha256", "0".repeat(64)))),
                Arguments.of("evidence of a forbidden type", edit(root -> evidence(root).put("fileName", "setup.exe")
                        .put("mediaType", "application/x-msdownload"))),
                Arguments.of("assessment id of another company", edit(root -> company(root).put("id", "c-new"))),
                Arguments.of("same company twice", edit(root -> ((ArrayNode) root.get("companies"))
                        .add(company(root).deepCopy()))),
                Arguments.of("target id of another company", edit(root -> ((ObjectNode) company(root).get("targets").get(0))
                        .put("id", "t-c2"))),
                Arguments.of("final assessment altered", edit(root -> ((ObjectNode) assessment(root).get("answers").get(0))
                        .put("level", 0))),
                Arguments.of("answer the pack does not allow", edit(root -> {
                    ObjectNode draft = (ObjectNode) company(root).get("assessments").get(1);
                    ((ObjectNode) draft.get("answers").get(0)).put("answer", "maybe");
                })),
                Arguments.of("second company invalid, first valid", edit(root -> {
                    ObjectNode second = company(root).deepCopy();
                    second.put("id", "c-other");
                    ((ObjectNode) root.get("companies").get(0)).put("name", "renamed by the import");
                    ((ArrayNode) root.get("companies")).add(second);
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void isRefusedWithAMessageAndTheWorkspaceUnchanged(String what, Mutation mutation) throws Exception {
        String hostile = mutation.apply(valid);
        try (Workspace ws = Workspace.open(file)) {
            Object before = StoreExchangeTest.content(ws);
            assertThatThrownBy(() -> ws.exchange().importJson(hostile, StoreExchangeTest.MINI))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isIn(StoreException.Reason.REFUSED, StoreException.Reason.NOT_FOUND);
                        assertThat(e.getMessage()).containsAnyOf("cannot be imported", "was not imported")
                                .contains("unchanged").hasSizeLessThan(20_000);
                    });
            assertThat(StoreExchangeTest.content(ws)).isEqualTo(before);
        }
        assertThat(WorkspaceInspector.inspect(file).integrity()).isEqualTo("ok");
    }

    @FunctionalInterface
    interface Mutation {
        String apply(String validJson) throws Exception;
    }

    private static Mutation raw(String text) {
        return valid -> text;
    }

    private static Mutation edit(Consumer<ObjectNode> change) {
        return valid -> {
            ObjectNode root = (ObjectNode) JSON.readTree(valid);
            change.accept(root);
            return JSON.writeValueAsString(root);
        };
    }

    private static ObjectNode company(ObjectNode root) {
        return (ObjectNode) root.get("companies").get(0);
    }

    private static ObjectNode assessment(ObjectNode root) {
        return (ObjectNode) company(root).get("assessments").get(0);
    }

    private static ObjectNode evidence(ObjectNode root) {
        return (ObjectNode) assessment(root).get("evidence").get(0);
    }
}
