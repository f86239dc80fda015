package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.env.UserDataFolder;

class CliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> opened = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();

    private int run(String... args) {
        WindowOpener opener = request -> {
            opened.add(request.workspace());
            languages.add(request.language().getLanguage());
            return 0;
        };
        return Cli.run(args, opener, new UserDataFolder(home), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void versionPrintsNameAndVersionWithoutOpeningTheWindow() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Triad ").doesNotContain("unknown");
        assertThat(opened).isEmpty();
    }

    @Test
    void helpListsTheWorkspaceOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--workspace=FILE").contains("Usage: triad");
    }

    @Test
    void noArgumentsOpensTheDefaultWorkspace() {
        assertThat(run()).isZero();
        assertThat(opened).containsExactly(home.resolve("workspace.triad").toAbsolutePath());
    }

    @Test
    void workspaceOptionChoosesTheFileTheWindowOpens() {
        Path file = home.resolve("client.triad");
        assertThat(run("--workspace", file.toString())).isZero();
        assertThat(opened).containsExactly(file.toAbsolutePath());
    }

    @Test
    void langChoosesTheWindowsLanguage() {
        assertThat(run("--lang", "vi")).isZero();
        assertThat(languages).containsExactly("vi");
    }

    @Test
    void unknownOptionIsAUsageErrorWithMessage() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Triad does not know \"--frobnicate\"").contains("triad --help");
        assertThat(opened).isEmpty();
    }

    @Test
    void aBareFileArgumentOpensThatWorkspace() throws java.io.IOException {
        Path file = java.nio.file.Files.createFile(home.resolve("double-clicked.triad"));
        assertThat(run(file.toString())).isZero();
        assertThat(opened).containsExactly(file.toAbsolutePath());
    }

    @Test
    void aBareFileThatDoesNotExistIsRefusedWithoutOpeningTheWindow() {
        assertThat(run("--lang", "en", home.resolve("nothing.triad").toString())).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("There is no workspace file").contains("nothing.triad");
    }

    @Test
    void aBareFileAndTheWorkspaceOptionTogetherAreRefused() throws java.io.IOException {
        Path file = java.nio.file.Files.createFile(home.resolve("a.triad"));
        assertThat(run("--lang", "en", "--workspace", file.toString(), file.toString())).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("not both");
    }
}
