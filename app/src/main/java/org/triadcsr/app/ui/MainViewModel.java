package org.triadcsr.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.store.Backup;
import org.triadcsr.app.store.BackupRestore;
import org.triadcsr.app.store.Backups;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.portfolio.Company;

/** State of the main window; no nodes here, so it is tested without the toolkit. */
public final class MainViewModel {
    /** What the welcome pane says about one bundled pack, in the UI's language. */
    public record PackLine(String id, String name, String detail) {
    }

    private final Path workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableList<Backup> offeredBackups = FXCollections.observableArrayList();
    private Supplier<List<Company>> companySource = List::of;
    private final ObservableList<String> companies = FXCollections.observableArrayList();
    private final ObservableList<PackLine> packs = FXCollections.observableArrayList();
    // Made once and kept: an unmodifiable view listens weakly to its list, so a view made per call can be
    // collected while a binding still reads it, and the screen would stop updating.
    private final ObservableList<String> companiesView = FXCollections.unmodifiableObservableList(companies);
    private final ObservableList<PackLine> packsView = FXCollections.unmodifiableObservableList(packs);
    private final ObservableList<Backup> offeredBackupsView = FXCollections.unmodifiableObservableList(offeredBackups);

    public MainViewModel(Path workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        title.set(messages.get("app.title", workspace.getFileName()));
        status.set(messages.get("status.workspace", workspace));
    }

    /** Loads the workspace's companies and the bundled packs in the background. */
    public void load(Supplier<List<Company>> companySource, Supplier<List<Pack>> packSource) {
        this.companySource = companySource;
        loadCompanies();
        tasks.run(packSource, list -> packs.setAll(list.stream().map(this::line).toList()), this::failed);
    }

    private void loadCompanies() {
        status.set(messages.get("status.loading", workspace));
        error.set(null);
        offeredBackups.clear();
        tasks.run(this::openCompanies, opened -> {
            if (opened.damaged() != null) {
                offeredBackups.setAll(opened.backups());   // before the error, which the view answers with a dialog
                failed(opened.damaged());
                return;
            }
            companies.setAll(opened.companies().stream().map(Company::name).toList());
            status.set(messages.get("status.workspace", workspace));
        }, this::failed);
    }

    /** The companies, or, for a damaged workspace, the problem and its backups (listed here, off the UI thread). */
    private record Opened(List<Company> companies, StoreException damaged, List<Backup> backups) {
    }

    private Opened openCompanies() {
        try {
            return new Opened(companySource.get(), null, List.of());
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED) {
                return new Opened(List.of(), e, Backups.list(workspace));
            }
            throw e;
        }
    }

    private void failed(Throwable problem) {
        String message = problem instanceof StoreException store ? store.messageIn(messages.locale().getLanguage())
                : problem.getMessage();
        status.set(messages.get("status.error", message));
        error.set(message);
    }

    /**
     * Puts a backup in place of the unusable workspace (the unusable file is itself kept among the backups),
     * then opens it again.
     */
    public void restore(Backup backup) {
        status.set(messages.get("status.restoring", backup.taken()));
        tasks.run(() -> BackupRestore.restore(workspace, backup, Clock.systemDefaultZone()), kept -> loadCompanies(),
                this::failed);
    }

    /** Backups to offer when the workspace cannot be opened; empty otherwise. */
    public ObservableList<Backup> offeredBackups() {
        return offeredBackupsView;
    }

    /** A backup as the user picks it: when it was taken and its size. */
    public String describe(Backup backup) {
        return messages.get("backup.line", backup.taken().withNano(0).toString().replace('T', ' '),
                Math.max(1, backup.sizeBytes() / 1024));
    }

    private PackLine line(Pack pack) {
        String language = messages.locale().getLanguage();
        long kpis = pack.questions().stream().filter(q -> q.kind() == QuestionKind.KPI).count();
        return new PackLine(pack.id(), pack.name().in(language),
                messages.get("packs.detail", pack.version(), pack.questions().size(), kpis));
    }

    public Messages messages() {
        return messages;
    }

    public Path workspace() {
        return workspace;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last problem that stopped loading, in words for the user; null while all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<String> companies() {
        return companiesView;
    }

    public ObservableList<PackLine> packs() {
        return packsView;
    }
}
