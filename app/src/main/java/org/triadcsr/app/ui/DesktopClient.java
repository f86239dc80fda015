package org.triadcsr.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit, shows the main window and waits until the user closes it. */
public final class DesktopClient {
    private static final System.Logger LOG = System.getLogger(DesktopClient.class.getName());

    private DesktopClient() {
    }

    public static int open(Path workspace, boolean startupProbe) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> showMainWindow(workspace, startupProbe, closed));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.log(System.Logger.Level.ERROR, "JavaFX could not start", e);
            throw new IllegalStateException("Cannot open the Triad window: " + e.getMessage()
                    + ". The command line works without a display: triad --help", e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    private static void showMainWindow(Path workspace, boolean startupProbe, CountDownLatch closed) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        MainWindow window = new MainWindow(new MainViewModel(workspace, Messages.forLocale(Locale.getDefault())));
        window.show(stage);
        stage.setOnHidden(e -> closed.countDown());
        if (startupProbe) {
            closeAfterFirstFrame(stage, closed);
        }
    }

    private static void closeAfterFirstFrame(Stage stage, CountDownLatch closed) {
        AtomicBoolean done = new AtomicBoolean();
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (done.compareAndSet(false, true)) {
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.log(System.Logger.Level.INFO, "startup probe: first frame {0} ms after JVM start", sinceJvmStart);
                Platform.runLater(() -> {
                    stage.hide();
                    closed.countDown();
                });
            }
        });
    }
}
