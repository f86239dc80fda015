package org.triadcsr.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** One background thread for storage and loading work; results come back on the JavaFX thread. */
final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triad-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                System.getLogger(FxTaskRunner.class.getName()).log(System.Logger.Level.ERROR, "background task failed", e);
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Lets the running task finish (a save, a backup), so nothing is cut off when the window closes. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                System.getLogger(FxTaskRunner.class.getName()).log(System.Logger.Level.WARNING,
                        "background work still running 30 s after the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
