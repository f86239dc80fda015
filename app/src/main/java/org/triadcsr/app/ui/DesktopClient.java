package org.triadcsr.app.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.triadcsr.app.cli.WindowOpener;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.settings.Settings;
import org.triadcsr.app.ui.settings.SettingsFile;

/**
 * Starts the JavaFX toolkit, builds the window ({@link TriadWindow}, the composition root) on the remembered
 * settings, opens the workspace after the first frame and waits until the user closes the window.
 */
public final class DesktopClient implements WindowOpener {
    private static final System.Logger LOG = System.getLogger(DesktopClient.class.getName());
    private final UserDataFolder dataFolder;
    private final AssessmentTabs extraTabs;

    public DesktopClient(UserDataFolder dataFolder, AssessmentTabs extraTabs) {
        this.dataFolder = dataFolder;
        this.extraTabs = extraTabs;
    }

    @Override
    public int open(WindowOpener.Request request) {
        CountDownLatch closed = new CountDownLatch(1);
        FxTaskRunner tasks = new FxTaskRunner();
        AtomicReference<TriadWindow> window = new AtomicReference<>();
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> window.set(show(request, tasks, closed)));
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
        tasks.close();   // first: a save or backup still running finishes before the workspace closes
        TriadWindow w = window.get();
        Workspace open = w == null ? null : w.workspace();
        if (open != null) {
            open.close();
        }
        Platform.exit();
        return 0;
    }

    private TriadWindow show(WindowOpener.Request request, TaskRunner tasks, CountDownLatch closed) {
        SettingsFile settingsFile = new SettingsFile(dataFolder.root().resolve("settings.properties"));
        String systemLanguage = "vi".equals(request.language().getLanguage()) ? "vi" : "en";
        Settings settings = settingsFile.load(systemLanguage);
        if (request.languageNamed()) {
            settings = settings.withLanguage(systemLanguage);
        }
        Stage stage = new Stage();
        TriadWindow window = new TriadWindow(stage, tasks, settingsFile, settings, extraTabs, dataFolder.defaultWorkspace());
        stage.setOnHidden(e -> closed.countDown());
        stage.show();
        if (request.startupProbe()) {
            closeAfterFirstFrame(stage, closed);   // measures the first frame alone: loading starts only after it
            return window;
        }
        Path target = request.workspaceNamed() ? request.workspace()
                : settings.lastWorkspace() != null && Files.exists(settings.lastWorkspace()) ? settings.lastWorkspace()
                : request.workspace();
        afterFirstFrame(stage, () -> window.open(target, request.workspaceNamed()));
        return window;
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
