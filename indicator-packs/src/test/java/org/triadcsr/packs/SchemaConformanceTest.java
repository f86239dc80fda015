package org.triadcsr.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled packs also satisfy the published JSON Schema, so third-party tools can check packs too. */
class SchemaConformanceTest {
    static java.util.List<String> packs() {
        return BundledPacks.IDS;
    }

    @ParameterizedTest
    @MethodSource("packs")
    void matchesThePublishedPackSchema(String id) throws IOException {
        JsonSchema schema;
        try (InputStream in = Pack.class.getResourceAsStream("/org/triadcsr/model/pack/pack.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(new ObjectMapper().readTree(BundledPacks.json(id)))).isEmpty();
    }

    private static final class Pack {
    }
}
