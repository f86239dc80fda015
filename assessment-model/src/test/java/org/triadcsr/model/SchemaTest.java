package org.triadcsr.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.exchange.ExchangeWriter;

/** The published schemas describe what Triad writes and reads, and the copies in docs/ never drift. */
public class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static JsonSchema schema(String resource) {
        try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTestPackMatchesThePackSchema() throws IOException {
        Set<ValidationMessage> errors = schema("/org/triadcsr/model/pack/pack.schema.json").validate(MAPPER.readTree(TestPacks.json()));
        assertThat(errors).isEmpty();
    }

    @Test
    void theV11TestPackMatchesThePackSchema() throws IOException {
        JsonSchema pack = schema("/org/triadcsr/model/pack/pack.schema.json");
        assertThat(pack.validate(MAPPER.readTree(TestPacks.jsonV11()))).isEmpty();
        JsonNode badDate = MAPPER.readTree(TestPacks.jsonV11().replace("\"until\": \"2025-12-31\"", "\"until\": \"31/12/2025\""));
        assertThat(pack.validate(badDate)).isNotEmpty();
        JsonNode badQuality = MAPPER.readTree(TestPacks.jsonV11().replace("\"entry\": \"annual\"", "\"entry\": \"weekly\""));
        assertThat(pack.validate(badQuality)).isNotEmpty();
    }

    @Test
    void thePackSchemaRejectsAnUnknownKind() throws IOException {
        JsonNode broken = MAPPER.readTree(TestPacks.json().replace("\"kind\": \"choice\"", "\"kind\": \"slider\""));
        assertThat(schema("/org/triadcsr/model/pack/pack.schema.json").validate(broken)).isNotEmpty();
    }

    @Test
    void writtenExchangeFilesMatchTheExchangeSchema() throws IOException {
        Random r = new Random(Randomised.SEED);
        JsonSchema schema = schema("/org/triadcsr/model/exchange/exchange.schema.json");
        for (int i = 0; i < 20; i++) {
            JsonNode doc = MAPPER.readTree(ExchangeWriter.write(org.triadcsr.model.exchange.ExchangeTest.sample(r)));
            assertThat(schema.validate(doc)).as("case %d", i).isEmpty();
        }
    }

    @Test
    void docsCopiesEqualTheResources() throws IOException {
        Path docs = Path.of("..", "docs");
        for (String name : new String[] {"pack/pack.schema.json", "exchange/exchange.schema.json"}) {
            try (InputStream in = SchemaTest.class.getResourceAsStream("/org/triadcsr/model/" + name)) {
                assertThat(Files.readString(docs.resolve(Path.of(name).getFileName())))
                        .as("docs/%s must be a copy of the resource", Path.of(name).getFileName())
                        .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
