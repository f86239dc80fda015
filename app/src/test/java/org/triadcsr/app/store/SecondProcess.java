package org.triadcsr.app.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A second Triad process ({@link KillTestWriter}) that holds a workspace open for writing until it is stopped. */
final class SecondProcess implements AutoCloseable {
    private final Process process;

    private SecondProcess(Process process) {
        this.process = process;
    }

    /** Starts the writer on {@code file} (as a window, or as a command) and waits until it has the workspace open. */
    static SecondProcess holding(Path file, boolean asCommand) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), KillTestWriter.class.getName(), file.toString()));
        if (asCommand) {
            command.add("command");
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = in.readLine();
        if (!"READY .".equals(first)) {
            p.destroyForcibly();
            throw new IllegalStateException("the second process did not open " + file + ": " + first);
        }
        // Keep draining its output so it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (in.readLine() != null) {
                    // discarded
                }
            } catch (IOException ignored) {
                // the pipe closes when the process is killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new SecondProcess(p);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
