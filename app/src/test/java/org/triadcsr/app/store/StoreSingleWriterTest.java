package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Never two writers: a second window or process is told the workspace is already open. */
class StoreSingleWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenInTheSameProcessIsRefusedUntilTheFirstCloses() {
        Path file = dir.resolve("ws.triad");
        try (Workspace first = Workspace.create(file)) {
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(StoreException.Reason.ALREADY_OPEN);
                assertThat(e.getMessage()).contains("already open in another Triad window");
                assertThat(e.messageIn("vi")).contains("đang được mở trong một cửa sổ Triad khác");
            });
            first.companies().save(StoreFixtures.company("c1", "still writable"));
        }
        try (Workspace again = Workspace.open(file)) {
            assertThat(again.companies().count()).isEqualTo(1);
        }
    }

    @Test
    void aSecondPathToTheSameFileSharesItsLock() throws IOException {
        Path file = dir.resolve("ws.triad");
        Path link = Files.createSymbolicLink(dir.resolve("link.triad"), file.getFileName());
        try (Workspace first = Workspace.create(file)) {
            assertThatThrownBy(() -> Workspace.open(link)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHasItOpenAndMayOpenItAfterACrash() throws Exception {
        Path file = dir.resolve("ws.triad");
        Workspace.create(file).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillTestWriter.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("READY .");
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open in another Triad window");
            child.destroyForcibly();
            child.waitFor();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.companies().find("kill")).isPresent();
        }
    }
}
