package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * docs/exchange.schema.json (the model's resource copy, kept equal by SchemaTest) through an independent validator
 * (networknt, formats asserted): every file Triad exports must pass it.
 */
final class ExchangeSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ExchangeSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ExchangeSchema.class.getResourceAsStream("/org/triadcsr/model/exchange/exchange.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code json} is valid by the schema; returns it. */
    static String assertValid(String json) {
        try {
            assertThat(SCHEMA.validate(MAPPER.readTree(json))).as("exported file against docs/exchange.schema.json").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json;
    }
}
