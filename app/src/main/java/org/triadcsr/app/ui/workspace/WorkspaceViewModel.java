package org.triadcsr.app.ui.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.triadcsr.app.demo.Demo;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Dialogs;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Problems;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.portfolio.Company;

/** The companies of the open workspace, with search, delete and the demo offer. */
public final class WorkspaceViewModel {
    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final FilteredList<Company> shown = new FilteredList<>(companies);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty offerDemo = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WorkspaceViewModel(Workspace workspace, Messages messages, TaskRunner tasks, Dialogs dialogs) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> needle.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(needle)
                    || (c.province() != null && c.province().toLowerCase(Locale.ROOT).contains(needle)));
        });
    }

    /** Reads the companies in the background; {@code firstStart} offers the demo when the workspace is empty. */
    public void load(boolean firstStart) {
        busy.set(true);
        tasks.run(() -> workspace.companies().list(), list -> {
            busy.set(false);
            companies.setAll(list);
            offerDemo.set(firstStart && list.isEmpty());
            status.set(m.get("workspace.count", list.size()));
        }, this::failed);
    }

    /** Adds the demo companies (in the window's language) in the background. */
    public void addDemo(Runnable after) {
        offerDemo.set(false);
        busy.set(true);
        status.set(m.get("demo.adding"));
        tasks.run(() -> Demo.add(workspace, Locale.forLanguageTag(m.language()), LocalDate.now()), result -> {
            status.set(m.get("demo.added", result.added().size()));
            load(false);
            after.run();
        }, this::failed);
    }

    public void declineDemo() {
        offerDemo.set(false);
    }

    /** Deletes after the user confirms; the store takes a backup first when final assessments would go. */
    public void delete(Company company) {
        if (company == null || !dialogs.confirm(m.get("delete.title"), m.get("delete.company", company.name()),
                m.get("delete.confirm"))) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            workspace.companies().delete(company.id());
            return company;
        }, deleted -> {
            status.set(m.get("delete.done", deleted.name()));
            load(false);
        }, this::failed);
    }

    private void failed(Throwable problem) {
        busy.set(false);
        String what = Problems.describe(problem, m);
        status.set(what);
        dialogs.error(m.get("error.title"), what, m.get("error.next.retry"));
    }

    public ObservableList<Company> companies() {
        return shown;
    }

    public List<Company> allCompanies() {
        return List.copyOf(companies);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty offerDemoProperty() {
        return offerDemo;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Messages messages() {
        return m;
    }
}
