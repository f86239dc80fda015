package org.triadcsr.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Start-up baseline: a bare JavaFX window with one label that closes after its first frame, like Triad's probe. */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("Hello"), 1100, 720));
            stage.show();
            AtomicBoolean done = new AtomicBoolean();
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (done.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        stage.hide();
                        closed.countDown();
                    });
                }
            });
        });
        closed.await();
        Platform.exit();
    }
}
