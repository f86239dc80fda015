package org.triadcsr.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start of the Triad window to its first shown frame, timed as whole processes, beside the same-run
 * baseline of a bare JavaFX window with one label. Runs alternate, so noise on this shared machine hits both.
 */
final class StartupBenchmark {
    private StartupBenchmark() {
    }

    static void run(int rounds) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("triad-bench-home");
        double[] triad = new double[rounds];
        double[] bare = new double[rounds];
        for (int i = -1; i < rounds; i++) {   // round -1 warms the disk cache and is not counted
            double t = time(List.of("org.triadcsr.app.Main", "--startup-probe"), home);
            double b = time(List.of("org.triadcsr.bench.BareWindow"), home);
            if (i >= 0) {
                triad[i] = t;
                bare[i] = b;
            }
        }
        Stats t = Stats.of(triad);
        Stats b = Stats.of(bare);
        System.out.printf("startup (process start to first frame, then exit), %d rounds%n", rounds);
        System.out.printf("  triad window  median %6.0f ms  min %6.0f ms%n", t.median(), t.min());
        System.out.printf("  bare window   median %6.0f ms  min %6.0f ms   (baseline, same run)%n", b.median(), b.min());
        System.out.printf("  ratio (median) %.2f%n", t.median() / b.median());
    }

    private static double time(List<String> mainAndArgs, Path home) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(home.toFile(), "last-run.log")));
        builder.environment().put("TRIAD_HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException(mainAndArgs.get(0) + " exited " + code + "; see " + home.resolve("last-run.log"));
        }
        return ms;
    }
}
