package org.triadcsr.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .deb, unpacked into a scratch root as dpkg would install it, and its launcher run from there. */
class DebPackageIT {
    private static final Path DIST = Path.of(System.getProperty("installer.dist"));

    @TempDir
    static Path root;

    @TempDir
    Path home;

    static Path deb;

    @BeforeAll
    static void unpack() throws Exception {
        try (Stream<Path> files = Files.list(DIST)) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow(
                    () -> new AssertionError("no .deb in " + DIST));
        }
        assertThat(tool("dpkg-deb", "-x", deb.toString(), root.toString())).isEmpty();
    }

    private static Path installed() {
        return root.resolve("opt/triad");
    }

    private Launcher launcher() {
        return new Launcher(installed().resolve("bin/triad"), home);
    }

    @Test
    void declaresGtk3AndItsNewName() throws Exception {
        String depends = tool("dpkg-deb", "-f", deb.toString(), "Depends");
        assertThat(depends).contains("libgtk-3-0 | libgtk-3-0t64");
        assertThat(tool("dpkg-deb", "-f", deb.toString(), "Package")).isEqualTo("triad\n");
    }

    @Test
    void theInstalledLauncherRunsOnItsOwnRuntime() throws Exception {
        ImageChecks.versionUsesTheBundledRuntime(launcher(), installed().resolve("lib/runtime"));
        ImageChecks.selftestPasses(launcher());
    }

    @Test
    void theAotCacheStillFitsAfterInstalling() throws Exception {
        ImageChecks.aotCacheIsUsable(launcher(), installed().resolve("lib/app"));
    }

    @Test
    void theDesktopEntryOpensTriadFilesWithTheirPath() throws Exception {
        Path desktop = installed().resolve("lib/triad-triad.desktop");
        String entry = Files.readString(desktop, StandardCharsets.UTF_8);
        assertThat(entry).contains("Exec=/opt/triad/bin/triad %f").contains("MimeType=application/x-triad-workspace")
                .contains("Icon=/opt/triad/lib/triad.png").contains("Name=Triad").contains("GenericName[vi]=");
        String mime = Files.readString(installed().resolve("lib/triad-triad-MimeInfo.xml"));
        assertThat(mime).contains("application/x-triad-workspace").contains("*.triad");
        assertThat(installed().resolve("lib/triad.png")).isRegularFile();
    }

    private static String tool(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
