package org.triadcsr.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The installed app image against the checkout: start to first frame of the real window (the display of
 * {@code DISPLAY}, GTK glass, not Monocle, since the image ships no Monocle) from the image's launcher, from the
 * same launcher with its AOT cache switched off, and from {@code bin/triad}'s command (the build JDK, class
 * path); then the launcher's {@code --version} and {@code selftest}. Runs alternate, so noise hits all alike.
 *
 * <p>{@code bin/bench image [ROUNDS] [IMAGE_DIR]}; build the image first with {@code ./mvnw -Pinstaller verify}.
 */
final class ImageBenchmark {
    private ImageBenchmark() {
    }

    static void run(int rounds, Path image) throws IOException, InterruptedException {
        Path launcher = image.resolve("bin/triad");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no app image at " + image + "; build it with ./mvnw -Pinstaller verify");
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("no DISPLAY: run under a display or xvfb-run -a bin/bench image");
        }
        Path home = Files.createTempDirectory("triad-bench-image");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("image launcher (AOT cache)", List.of(launcher.toString(), "--startup-probe"));
        commands.put("image launcher, cache off", List.of("env", "JAVA_TOOL_OPTIONS=-XX:AOTMode=off",
                launcher.toString(), "--startup-probe"));
        commands.put("bin/triad (build JDK)", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", checkoutClassPath(), "org.triadcsr.app.Main", "--startup-probe"));
        Map<String, double[]> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new double[rounds]));
        for (int i = -1; i < rounds; i++) {   // round -1 warms the disk cache and is not counted
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                double ms = time(c.getValue(), home);
                if (i >= 0) {
                    times.get(c.getKey())[i] = ms;
                }
            }
        }
        System.out.printf("start to first frame, then exit (%d rounds, DISPLAY=%s)%n", rounds, System.getenv("DISPLAY"));
        double checkout = Stats.of(times.get("bin/triad (build JDK)")).median();
        times.forEach((name, t) -> System.out.printf("  %-28s median %6.0f ms  min %6.0f ms  ratio to bin/triad %.2f%n",
                name, Stats.of(t).median(), Stats.of(t).min(), Stats.of(t).median() / checkout));
        printCommand("--version", rounds, home, launcher.toString(), "--version");
        printCommand("selftest", rounds, home, launcher.toString(), "selftest");
        System.out.printf("image size %.1f MB (%s)%n", size(image) / 1e6, image);
    }

    private static void printCommand(String name, int rounds, Path home, String... command)
            throws IOException, InterruptedException {
        double[] t = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            t[i] = time(List.of(command), home);
        }
        System.out.printf("  launcher %-18s median %6.0f ms  min %6.0f ms%n", name, Stats.of(t).median(), Stats.of(t).min());
    }

    /** What bin/triad puts on the class path. */
    private static String checkoutClassPath() {
        Path app = root().resolve("app").resolve("target");
        return app.resolve("triad.jar") + File.pathSeparator + app.resolve("lib") + File.separator + "*";
    }

    private static double time(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(home.resolve("last-run.log").toFile()));
        builder.environment().put("TRIAD_HOME", home.toString());
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + "; see "
                    + home.resolve("last-run.log"));
        }
        return ms;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static Path defaultImage() {
        return root().resolve("installer/target/jpackage/image/triad");
    }

    /** The checkout, as bin/bench passes it. */
    private static Path root() {
        return Path.of(System.getProperty("triad.root", ".")).toAbsolutePath();
    }
}
