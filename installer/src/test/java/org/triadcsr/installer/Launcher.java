package org.triadcsr.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a built {@code triad} launcher the way a user on a machine without Java would: a bare environment with no
 * display, JAVA_HOME pointing nowhere and a PATH that holds no program at all.
 */
final class Launcher {
    record Run(int code, String out) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private final Path launcher;
    private final Path home;

    Launcher(Path launcher, Path home) {
        this.launcher = launcher;
        this.home = home;
    }

    Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** Runs with only these extra environment variables; stdout and stderr together. */
    Run run(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        Path emptyBin = Files.createDirectories(home.resolve("empty-bin"));
        env.put("PATH", emptyBin.toString());
        env.put("JAVA_HOME", home.resolve("no-jdk-here").toString());
        env.put("HOME", home.toString());
        env.put("TRIAD_HOME", home.resolve("triad-data").toString());
        env.put("TMPDIR", home.toString());
        env.putAll(extraEnvironment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(launcher + " did not finish");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
