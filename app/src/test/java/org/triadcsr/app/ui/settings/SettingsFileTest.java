package org.triadcsr.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void languageSizeLastWorkspaceAndRecentFilesAreRemembered() {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        Settings s = file.load("en").withLanguage("vi").withSize(1366, 768).opened(dir.resolve("a.triad"))
                .opened(dir.resolve("b.triad")).opened(dir.resolve("a.triad")).withDemoOffered();
        file.save(s);
        Settings back = file.load("en");
        assertThat(back.language()).isEqualTo("vi");
        assertThat(back.width()).isEqualTo(1366);
        assertThat(back.lastWorkspace()).isEqualTo(dir.resolve("a.triad"));
        assertThat(back.recent()).containsExactly(dir.resolve("a.triad"), dir.resolve("b.triad"));
        assertThat(back.demoOffered()).isTrue();
    }

    @Test
    void aGarbledFileGivesTheDefaults() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.writeString(path, "window.width=-5\nlanguage=klingon\n");
        Settings s = new SettingsFile(path).load("vi");
        assertThat(s.width()).isEqualTo(Settings.defaults("vi").width());
        assertThat(s.language()).isEqualTo("en");
    }
}
