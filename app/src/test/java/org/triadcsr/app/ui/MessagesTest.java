package org.triadcsr.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The window's bundles: every key in every shipped language, no unused key, every advertised locale loads. */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/triadcsr/app/ui");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyShippedLanguageHasEveryEnglishKeyAndNoOthers() throws IOException {
        Properties en = load("messages.properties");
        for (String language : Messages.LANGUAGES) {
            if (!language.equals("en")) {
                Properties other = load("messages_" + language + ".properties");
                assertThat(other.stringPropertyNames()).as(language)
                        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            }
        }
    }

    @Test
    void vietnameseTextsAreNfc() throws IOException {
        load("messages_vi.properties").forEach((k, v) ->
                assertThat(Normalizer.isNormalized((String) v, Normalizer.Form.NFC)).as("key %s", k).isTrue());
    }

    /** A key is used if the code names it, or names its prefix in a lookup built at run time ("band." + id). */
    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(f));
            }
        }
        Set<String> literals = new HashSet<>();
        Matcher matcher = Pattern.compile("\"([a-zA-Z0-9_.]+)\"").matcher(code);
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        Set<String> unused = new HashSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            boolean named = literals.contains(key);
            boolean prefixed = literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
            if (!named && !prefixed) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyAdvertisedLocaleLoadsItsOwnWordsNumbersAndDates() {
        Messages vi = Messages.forLanguage("vi");
        Messages en = Messages.forLanguage("en");
        assertThat(vi.get("workspace.heading")).isEqualTo("Doanh nghiệp");
        assertThat(en.get("workspace.heading")).isEqualTo("Companies");
        assertThat(Messages.forLocale(Locale.GERMAN).get("workspace.heading")).isEqualTo("Companies");
        for (String language : Messages.LANGUAGES) {
            assertThat(Messages.forLanguage(language).language()).isEqualTo(language);
        }
        assertThat(vi.number(1234.5)).isEqualTo("1.234,5");
        assertThat(en.number(1234.5)).isEqualTo("1,234.5");
        assertThat(vi.date(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
        assertThat(en.date(LocalDate.of(2026, 12, 31))).isEqualTo("31 Dec 2026");
        assertThat(vi.parseNumber("1.234,5")).isEqualTo(1234.5);
        assertThat(en.parseNumber("1,234.5")).isEqualTo(1234.5);
        assertThat(en.parseNumber("12abc")).isNull();
    }
}
