package org.triadcsr.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseHasEveryEnglishKeyAndNoOthers() throws IOException {
        Properties en = load("messages.properties");
        Properties vi = load("messages_vi.properties");
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void vietnameseTextsAreNfc() throws IOException {
        load("messages_vi.properties").forEach((k, v) ->
                assertThat(Normalizer.isNormalized((String) v, Normalizer.Form.NFC)).as("key %s", k).isTrue());
    }

    @Test
    void everyAdvertisedLocaleLoadsItsOwnWords() {
        assertThat(Messages.forLocale(Locale.forLanguageTag("vi")).get("workspace.heading")).isEqualTo("Doanh nghiệp");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("workspace.heading")).isEqualTo("Companies");
        assertThat(Messages.forLocale(Locale.GERMAN).get("workspace.heading")).isEqualTo("Companies");
    }
}
