package org.triadcsr.app.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {
    @Test
    void triadHomeWinsOnEveryPlatform() {
        assertThat(UserDataFolder.resolve(Map.of("TRIAD_HOME", "/data/triad"), "Windows 11", "C:\\Users\\an").root())
                .isEqualTo(Path.of("/data/triad"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(UserDataFolder.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/an").root())
                .isEqualTo(Path.of("/x/triad"));
        assertThat(UserDataFolder.resolve(Map.of(), "Linux", "/home/an").defaultWorkspace())
                .isEqualTo(Path.of("/home/an/.local/share/triad/workspace.triad"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(UserDataFolder.resolve(Map.of("APPDATA", "/appdata"), "Windows 10", "/home/an").root())
                .isEqualTo(Path.of("/appdata/Triad"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(UserDataFolder.resolve(Map.of(), "Mac OS X", "/Users/an").root())
                .isEqualTo(Path.of("/Users/an/Library/Application Support/Triad"));
    }
}
