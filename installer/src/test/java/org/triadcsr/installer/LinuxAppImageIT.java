package org.triadcsr.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux app image that the installer profile built, run with no JDK and no display. */
class LinuxAppImageIT {
    private static final Path IMAGE = Path.of(System.getProperty("installer.image"));

    @TempDir
    Path home;

    private Launcher launcher() {
        return new Launcher(IMAGE.resolve("bin/triad"), home);
    }

    @Test
    void versionComesFromTheRuntimeInsideTheImage() throws Exception {
        ImageChecks.versionUsesTheBundledRuntime(launcher(), IMAGE.resolve("lib/runtime"));
    }

    @Test
    void selftestPassesWithoutADisplayOrAJdk() throws Exception {
        ImageChecks.selftestPasses(launcher());
    }

    @Test
    void theAotCacheFitsTheImage() throws Exception {
        ImageChecks.aotCacheIsUsable(launcher(), IMAGE.resolve("lib/app"));
    }

    @Test
    void theRuntimeIsTrimmed() throws Exception {
        Path runtime = IMAGE.resolve("lib/runtime");
        assertThat(runtime.resolve("include")).doesNotExist();
        assertThat(runtime.resolve("man")).doesNotExist();
        assertThat(runtime.resolve("jmods")).doesNotExist();
        String modules = Files.readString(runtime.resolve("release"));
        assertThat(modules).contains("javafx.controls").contains("java.sql").doesNotContain("jdk.compiler")
                .doesNotContain("java.net.http");
        // JavaFX's natives sit beside the runtime's, so nothing is unpacked into the user's home at start.
        assertThat(runtime.resolve("lib/libglass.so")).isRegularFile();
        assertThat(runtime.resolve("lib/libglassgtk3.so")).isRegularFile();
    }

    @Test
    void sqliteKeepsOnlyTheNativeCodeOfThisPlatform() throws Exception {
        try (Stream<Path> jars = Files.list(IMAGE.resolve("lib/app"))) {
            Path sqlite = jars.filter(p -> p.getFileName().toString().startsWith("sqlite-jdbc")).findFirst().orElseThrow();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(sqlite.toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith("/")))
                        .containsExactly("org/sqlite/native/Linux/" + arch() + "/libsqlitejdbc.so");
            }
        }
    }

    private static String arch() {
        return "aarch64".equals(System.getProperty("os.arch")) ? "aarch64" : "x86_64";
    }
}
