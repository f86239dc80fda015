package org.triadcsr.app.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.triadcsr.app.store.Backup;
import org.triadcsr.app.store.BackupRestore;
import org.triadcsr.app.store.Backups;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceInfo;
import org.triadcsr.app.store.WorkspaceInspector;
import org.triadcsr.app.ui.Dialogs;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Problems;
import org.triadcsr.app.ui.TaskRunner;

/**
 * Opens a workspace file for the window: asks before creating one that does not exist, says plainly when another
 * window has it, and offers the backups of a damaged file, then says what the restored copy holds.
 */
public final class WorkspaceOpening {
    private final Messages m;
    private final TaskRunner tasks;
    private final Dialogs dialogs;

    public WorkspaceOpening(Messages messages, TaskRunner tasks, Dialogs dialogs) {
        this.m = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * @param askBeforeCreating the user named the file (a typo must not silently make an empty workspace)
     * @param gaveUp runs when nothing was opened
     */
    public void open(Path file, boolean askBeforeCreating, Consumer<Workspace> opened, Runnable gaveUp) {
        boolean exists = Files.exists(file);
        if (!exists && askBeforeCreating && !dialogs.confirm(m.get("open.create.title"),
                m.get("open.create.text", file.toAbsolutePath()), m.get("open.create.confirm"))) {
            gaveUp.run();
            return;
        }
        tasks.run(() -> exists ? Workspace.open(file) : Workspace.create(file), workspace -> {
            // A workspace where nothing can be saved (a read-only file or folder) opens to read only: say so plainly.
            workspace.readOnlyNotice(m.locale().getLanguage())
                    .ifPresent(notice -> dialogs.info(m.get("open.readOnly.title"), notice));
            opened.accept(workspace);
        }, problem -> failed(file, problem, opened, gaveUp));
    }

    private record Damage(List<Backup> backups) {
    }

    private void failed(Path file, Throwable problem, Consumer<Workspace> opened, Runnable gaveUp) {
        if (problem instanceof StoreException s && s.reason() == StoreException.Reason.ALREADY_OPEN) {
            dialogs.error(m.get("open.alreadyOpen.title"), m.get("open.alreadyOpen.text", file.getFileName()),
                    m.get("open.alreadyOpen.next"));
            gaveUp.run();
            return;
        }
        if (problem instanceof StoreException s && s.reason() == StoreException.Reason.DAMAGED) {
            tasks.run(() -> new Damage(Backups.list(file)), damage -> offerBackups(file, damage.backups(), opened, gaveUp),
                    p -> gaveUp.run());
            return;
        }
        dialogs.error(m.get("open.failed.title"), Problems.describe(problem, m), m.get("open.failed.next"));
        gaveUp.run();
    }

    private void offerBackups(Path file, List<Backup> backups, Consumer<Workspace> opened, Runnable gaveUp) {
        if (backups.isEmpty()) {
            dialogs.error(m.get("damaged.title"), m.get("damaged.text", file.getFileName()), m.get("damaged.noBackups"));
            gaveUp.run();
            return;
        }
        Backup chosen = dialogs.choose(m.get("damaged.title"), m.get("damaged.text", file.getFileName()) + "\n\n"
                + m.get("damaged.offer"), backups, this::describe, m.get("damaged.restore"));
        if (chosen == null) {
            gaveUp.run();
            return;
        }
        tasks.run(() -> {
            Path kept = BackupRestore.restore(file, chosen, Clock.systemDefaultZone());
            return new Restored(kept, WorkspaceInspector.inspect(file));
        }, restored -> {
            dialogs.info(m.get("damaged.restored.title"), m.get("damaged.restored.text", describe(chosen),
                    restored.info().companies(), restored.info().assessments(),
                    restored.kept() == null ? "—" : restored.kept().getFileName().toString()));
            open(file, false, opened, gaveUp);
        }, p -> {
            dialogs.error(m.get("damaged.title"), Problems.describe(p, m), m.get("open.failed.next"));
            gaveUp.run();
        });
    }

    private record Restored(Path kept, WorkspaceInfo info) {
    }

    /** When the backup was taken, its size and its full file name, never cut off. */
    String describe(Backup b) {
        return m.get("backup.line", b.taken().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                m.number(Math.max(1, b.sizeBytes() / 1024), 0), b.file().getFileName().toString());
    }
}
