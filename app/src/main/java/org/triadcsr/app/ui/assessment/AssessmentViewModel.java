package org.triadcsr.app.ui.assessment;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Dialogs;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Problems;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;

/** The assessment screen's header: pack, period and status; finalise (after confirmation) and export. */
public final class AssessmentViewModel {
    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final ObjectProperty<Company> company = new SimpleObjectProperty<>();
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty isFinal = new SimpleBooleanProperty();

    public AssessmentViewModel(Workspace workspace, Messages messages, TaskRunner tasks, Dialogs dialogs) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    private record Loaded(Assessment assessment, Company company, String packName) {
    }

    /** Loads the header in the background; {@code then} runs with it on the UI thread. */
    public void show(String assessmentId, Runnable then) {
        tasks.run(() -> {
            Assessment a = workspace.assessments().find(assessmentId).orElseThrow();
            Company c = workspace.companies().find(a.companyId()).orElseThrow();
            String pack = workspace.packs().find(a.packId(), a.packVersion()).map(p -> p.name().in(m.language()))
                    .orElse(a.packId());
            return new Loaded(a, c, pack);
        }, loaded -> {
            assessment.set(loaded.assessment());
            company.set(loaded.company());
            Assessment a = loaded.assessment();
            isFinal.set(a.status() == AssessmentStatus.FINAL);
            header.set(m.get("assessment.header", loaded.packName(), a.packVersion(), a.period(),
                    a.assessor() == null || a.assessor().isBlank() ? "—" : a.assessor(), m.get("status." + a.status().id())));
            then.run();
        }, this::failed);
    }

    /** Makes the draft final after the user confirms; {@code then} reloads the screen. */
    public void finalise(Runnable then) {
        Assessment a = assessment.get();
        if (a == null || isFinal.get() || !dialogs.confirm(m.get("finalise.title"), m.get("finalise.text", a.period()),
                m.get("finalise.confirm"))) {
            return;
        }
        tasks.run(() -> workspace.assessments().makeFinal(a.id()), done -> {
            status.set(m.get("finalise.done"));
            then.run();
        }, this::failed);
    }

    /** Writes the company's exchange file (all its assessments) to {@code target} in the background. */
    public void export(Path target) {
        Company c = company.get();
        if (c == null || target == null) {
            return;
        }
        tasks.run(() -> {
            workspace.exchange().exportTo(target, c.id());
            return target;
        }, done -> status.set(m.get("exchange.exported", done.getFileName())), this::failed);
    }

    private void failed(Throwable problem) {
        String what = Problems.describe(problem, m);
        status.set(what);
        dialogs.error(m.get("error.title"), what, m.get("error.next.retry"));
    }

    public ObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    public ObjectProperty<Company> companyProperty() {
        return company;
    }

    public StringProperty headerProperty() {
        return header;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty finalProperty() {
        return isFinal;
    }

    public Messages messages() {
        return m;
    }
}
