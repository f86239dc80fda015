package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One inherited --lang for every command; the computer's language by default; the texts in bundles. */
class CliLanguageTest {
    private final Locale before = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void langIsAcceptedBeforeOrAfterTheCommandAndSpeaksVietnamese() {
        Path ws = dir.resolve("ws.triad");
        assertThat(CliRun.of(dir, "workspace", "create", ws.toString()).code()).isZero();
        CliRun after = CliRun.of(dir, "workspace", "info", "--workspace", ws.toString(), "--lang", "vi");
        CliRun before = CliRun.of(dir, "--lang", "vi", "workspace", "info", "--workspace", ws.toString());
        assertThat(after.code()).isZero();
        assertThat(after.out()).contains("Doanh nghiệp:").contains("Tính toàn vẹn:").doesNotContain("Companies:");
        assertThat(before.out()).isEqualTo(after.out());
        CliRun english = CliRun.of(dir, "--lang", "en", "workspace", "info", "--workspace", ws.toString());
        assertThat(english.out()).contains("Companies:").doesNotContain("Doanh nghiệp");
    }

    @Test
    void storeRefusalsFollowTheLanguage() {
        Path missing = dir.resolve("missing.triad");
        CliRun vi = CliRun.of(dir, "assessment", "list", "--workspace", missing.toString(), "--lang", "vi");
        assertThat(vi.code()).isEqualTo(1);
        assertThat(vi.err()).startsWith("Lỗi: ").contains("missing.triad");
        CliRun en = CliRun.of(dir, "assessment", "list", "--workspace", missing.toString(), "--lang", "en");
        assertThat(en.err()).startsWith("Error: ").contains("does not exist");
    }

    @Test
    void anUnsupportedLanguageIsRefusedWithTheList() {
        Locale.setDefault(Locale.ENGLISH);
        CliRun run = CliRun.of(dir, "packs", "list", "--lang", "fr");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("\"fr\" is not offered").contains("en, vi");
        assertThat(run.out()).isEmpty();
        assertThat(CliRun.of(dir, "--lang", "xx").err()).contains("en, vi");
    }

    @Test
    void theComputersLanguageIsTheDefaultWhenVietnameseElseEnglish() {
        Locale.setDefault(Locale.forLanguageTag("vi-VN"));
        assertThat(CliRun.of(dir, "packs", "validate", dir.resolve("nope.json").toString()).err())
                .contains("không có tệp này");
        Locale.setDefault(Locale.GERMANY);
        assertThat(CliRun.of(dir, "packs", "validate", dir.resolve("nope.json").toString()).err())
                .contains("no such file");
    }

    @Test
    void usageErrorsAreInTheUsersLanguageToo() {
        CliRun vi = CliRun.of(dir, "--lang", "vi", "workspace", "info", "--workspace", "x.triad", "--frobnicate");
        assertThat(vi.code()).isEqualTo(2);
        assertThat(vi.err()).contains("Triad không hiểu \"--frobnicate\"").contains("--help")
                .doesNotContain("Unknown option");
        CliRun missing = CliRun.of(dir, "--lang", "vi", "workspace", "info");
        assertThat(missing.err()).contains("Còn thiếu: --workspace");
    }

    @Test
    void everyLanguageFileHasExactlyTheMastersKeysInNfc() throws IOException {
        Properties en = load("messages.properties");
        for (String language : CliText.languages()) {
            if (language.equals("en")) {
                continue;
            }
            Properties other = load("messages_" + language + ".properties");
            assertThat(other.keySet()).as(language).isEqualTo(withoutLanguages(en).keySet());
            other.values().forEach(v -> assertThat(Normalizer.isNormalized((String) v, Normalizer.Form.NFC))
                    .as("%s is NFC", v).isTrue());
        }
    }

    private static Properties withoutLanguages(Properties en) {
        Properties copy = new Properties();
        copy.putAll(en);
        copy.remove("languages");
        return copy;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
