package org.triadcsr.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.triadcsr.app.cli.WindowOpener;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.packs.BundledPacks;

/**
 * The desktop client's composition root: starts the JavaFX toolkit, opens the workspace in the background,
 * shows the main window and waits until the user closes it.
 */
public final class DesktopClient {
    private static final System.Logger LOG = System.getLogger(DesktopClient.class.getName());

    private DesktopClient() {
    }

    public static int open(WindowOpener.Request request) {
        CountDownLatch closed = new CountDownLatch(1);
        FxTaskRunner tasks = new FxTaskRunner();
        AtomicReference<Workspace> store = new AtomicReference<>();
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> showMainWindow(request, tasks, store, closed));
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
        tasks.close();   // first: an open, save or backup still running finishes before the workspace closes
        Workspace open = store.getAndSet(null);
        if (open != null) {
            open.close();
        }
        Platform.exit();
        return 0;
    }

    private static void showMainWindow(WindowOpener.Request request, TaskRunner tasks, AtomicReference<Workspace> store,
                                       CountDownLatch closed) {
        Path workspace = request.workspace();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        MainViewModel model = new MainViewModel(workspace, Messages.forLocale(request.language()), tasks);
        new MainWindow(model).show(stage);
        stage.setOnHidden(e -> closed.countDown());
        if (request.startupProbe()) {
            closeAfterFirstFrame(stage, closed);   // measures the first frame alone: loading starts only after it
            return;
        }
        // The window shows first; opening the workspace and loading the packs start after its first frame, so
        // on a two-core laptop they do not compete with the first paint.
        afterFirstFrame(stage, () -> model.load(() -> {
            Workspace opened = Workspace.openOrCreate(workspace);
            store.set(opened);
            return opened.companies().list();
        }, BundledPacks::all));
    }

    private static void closeAfterFirstFrame(Stage stage, CountDownLatch closed) {
        afterFirstFrame(stage, () -> {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.log(System.Logger.Level.INFO, "startup probe: first frame {0} ms after JVM start", sinceJvmStart);
            stage.hide();
            closed.countDown();
        });
    }

    /** Runs {@code action} once on the FX thread, after the scene's first layout pulse. */
    private static void afterFirstFrame(Stage stage, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (done.compareAndSet(false, true)) {
                Platform.runLater(action);
            }
        });
    }
}
