package org.triadcsr.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What must hold for an installed or unpacked Triad, wherever its files are. */
final class ImageChecks {
    private ImageChecks() {
    }

    /** The Java version of the runtime inside the image, from its {@code release} file. */
    static String runtimeVersion(Path runtime) throws IOException {
        Matcher m = Pattern.compile("JAVA_VERSION=\"([^\"]+)\"").matcher(Files.readString(runtime.resolve("release")));
        assertThat(m.find()).as("JAVA_VERSION in " + runtime.resolve("release")).isTrue();
        return m.group(1);
    }

    /** --version prints exactly the two version lines (no warnings) and names the image's own runtime. */
    static void versionUsesTheBundledRuntime(Launcher launcher, Path runtime) throws Exception {
        Launcher.Run run = launcher.run("--version");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.lines()).as(run.out()).hasSize(2);
        assertThat(run.lines().get(0)).startsWith("Triad ");
        assertThat(run.lines().get(1)).startsWith("Java " + runtimeVersion(runtime) + " ");
    }

    /** selftest passes every step, the PDF report and its verification included, and says so. */
    static void selftestPasses(Launcher launcher) throws Exception {
        Launcher.Run run = launcher.run("--lang", "en", "selftest");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("Load every bundled indicator pack ... passed")
                .contains("Write a PDF report ... passed").contains("Verify the PDF report ... passed")
                .contains("Self-test passed: 7 of 7 steps passed").doesNotContain("FAILED");
    }

    /**
     * With -XX:AOTMode=on the JVM refuses to start unless it can map the AOT cache, so a clean start proves the
     * cache fits these very files. Without a cache (built with installer.aot.skip) the launcher must not name one.
     */
    static void aotCacheIsUsable(Launcher launcher, Path appDir) throws Exception {
        String cfg = Files.readString(appDir.resolve("triad.cfg"));
        if (Boolean.getBoolean("installer.aot.skip")) {
            assertThat(cfg).doesNotContain("AOTCache");
            return;
        }
        assertThat(appDir.resolve("triad.aot")).isRegularFile();
        assertThat(cfg).contains("-XX:AOTCache=$APPDIR/triad.aot");
        Launcher.Run run = launcher.run(Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), "--version");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("Triad ");
    }
}
