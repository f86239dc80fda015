package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.model.answer.Answer;

/**
 * Autosave survives a process kill: a child JVM saves answers in a loop and is killed (SIGKILL) at random
 * moments, 50 times; after each kill the workspace opens, passes the integrity check, and holds every answer
 * the child reported as saved.
 */
class StoreKillTest {
    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void everyReportedAnswerSurvivesFiftyKills() throws Exception {
        Path file = dir.resolve("kill.triad");
        Workspace.create(file).close();
        Random random = new Random();
        int reported = 0;
        for (int round = 0; round < KILLS; round++) {
            // Every fifth kill lands anywhere, opening and backing up included; the others while answers are saved.
            boolean duringOpen = round % 5 == 4;
            List<String> lines = runAndKill(file, duringOpen ? random.nextInt(600) : random.nextInt(120), !duringOpen);
            List<String[]> saves = lines.stream().filter(l -> l.startsWith("S ") && l.endsWith(" ."))
                    .map(l -> l.split(" ")).toList();
            reported += saves.size();
            assertThat(WorkspaceInspector.inspect(file).integrity()).as("round %d", round).isEqualTo("ok");
            try (Workspace ws = Workspace.open(file)) {
                for (String[] save : saves) {
                    Answer answer = ws.answers().of(save[1]).get(save[2]).orElse(null);
                    assertThat(answer).as("round %d: reported save %s of %s", round, save[3], save[2]).isNotNull();
                    assertThat(answer.note()).isEqualTo(save[3]);
                }
            }
        }
        // Every round but those killed during open waited for a first reported save, so this cannot fall short
        // on a slow machine; it fails only if saves stop being reported at all.
        assertThat(reported).as("saves reported over all rounds").isGreaterThanOrEqualTo(KILLS - KILLS / 5);
        // The figure the closing note of issue 10 asks for (in the surefire report of this test).
        System.out.println("StoreKillTest: " + KILLS + " SIGKILLs, " + reported + " reported answers checked after them");
    }

    /** Starts the writer, waits for its first reported save (if asked), lets it run {@code millis}, then kills it with SIGKILL. */
    private static List<String> runAndKill(Path file, int millis, boolean waitUntilReady) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), KillTestWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith("S ") && line.endsWith(" .")) {
                        ready.complete(null);   // writing: the first save has been reported
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the child is killed mid-line
            } finally {
                ready.complete(null);
            }
        });
        reader.start();
        if (waitUntilReady) {
            ready.join();
        }
        Thread.sleep(millis);
        child.destroyForcibly();
        child.waitFor();
        reader.join();
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
