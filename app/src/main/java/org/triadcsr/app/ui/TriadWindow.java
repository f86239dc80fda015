package org.triadcsr.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.settings.Settings;
import org.triadcsr.app.ui.settings.SettingsFile;
import org.triadcsr.app.ui.shell.ShellView;
import org.triadcsr.app.ui.shell.ShellView.Crumb;
import org.triadcsr.app.ui.shell.WorkspaceOpening;
import org.triadcsr.app.ui.workspace.WorkspaceView;
import org.triadcsr.model.portfolio.Company;

/**
 * The composition root of the window: holds the open workspace, the language and the settings, builds the
 * screens for them, and moves between Workspace › Company › Assessment. Changing the language rebuilds the
 * screens in place.
 */
public final class TriadWindow implements Navigator {
    private final Stage stage;
    private final TaskRunner tasks;
    private final SettingsFile settingsFile;
    private final AssessmentTabs extraTabs;
    private final Path defaultWorkspace;
    private Settings settings;
    private Messages m;
    private Dialogs dialogs;
    private ShellView shell;
    private Screens screens;
    private Workspace workspace;
    private Runnable here = () -> { };
    private String companyId;

    public TriadWindow(Stage stage, TaskRunner tasks, SettingsFile settingsFile, Settings settings,
                       AssessmentTabs extraTabs, Path defaultWorkspace) {
        this.stage = stage;
        this.tasks = tasks;
        this.settingsFile = settingsFile;
        this.settings = settings;
        this.extraTabs = extraTabs;
        this.defaultWorkspace = defaultWorkspace.toAbsolutePath().normalize();
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.m = Messages.forLanguage(settings.language());
        this.dialogs = new FxDialogs(stage, m);
        this.shell = new ShellView(m, settings.language(), this::switchLanguage);
        shell.setCrumbs(List.of(new Crumb(m.get("crumb.workspace"), null)));
        stage.setTitle(m.get("app.name"));
        stage.setScene(new Scene(shell.root(), settings.width(), settings.height()));
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.setOnHiding(e -> {
            this.settings = this.settings.withSize(stage.getWidth(), stage.getHeight());
            settingsFile.save(this.settings);
        });
    }

    public Stage stage() {
        return stage;
    }

    /** The workspace open now; null before the first one opens. */
    public Workspace workspace() {
        return workspace;
    }

    /** Opens {@code file}; {@code named} when the user typed it, so a missing file is created only after asking. */
    public void open(Path file, boolean named) {
        new WorkspaceOpening(m, tasks, dialogs).open(file, named, this::opened, () -> {
            if (workspace == null) {
                stage.hide();   // nothing open: no empty window stays behind an error
            }
        });
    }

    private void opened(Workspace ws) {
        Workspace previous = workspace;
        workspace = ws;
        if (previous != null) {
            tasks.run(() -> {
                previous.close();
                return null;
            }, x -> { }, x -> { });
        }
        boolean firstStart = !settings.demoOffered() && ws.file().toAbsolutePath().normalize().equals(defaultWorkspace);
        settings = settings.opened(ws.file());
        if (firstStart) {
            settings = settings.withDemoOffered();
        }
        settingsFile.save(settings);
        stage.setTitle(m.get("app.title", ws.file().getFileName()));
        build();
        showWorkspace();
        screens.workspaceModel.load(firstStart);
    }

    private void build() {
        WorkspaceView.FileActions files = new WorkspaceView.FileActions(this::chooseWorkspace, settings.recent().stream()
                .filter(p -> !p.equals(workspace.file())).toList(), p -> open(p, true), this::importExchange);
        screens = new Screens(workspace, m, tasks, dialogs, this, extraTabs, files, this::exportCompany,
                this::chooseExportTarget);
        screens.companyModel.savedProperty().addListener((obs, old, company) -> {
            if (company != null && shell.root().getCenter() == screens.companyView.root()) {
                shell.setCrumbs(List.of(new Crumb(m.get("crumb.workspace"), this::showWorkspace),
                        new Crumb(company.name(), null)));
            }
        });
    }

    private void switchLanguage(String language) {
        settings = settings.withLanguage(language);
        settingsFile.save(settings);
        m = Messages.forLanguage(language);
        dialogs = new FxDialogs(stage, m);
        shell = new ShellView(m, language, this::switchLanguage);
        stage.getScene().setRoot(shell.root());
        if (workspace != null) {
            stage.setTitle(m.get("app.title", workspace.file().getFileName()));
            build();
            screens.workspaceModel.load(false);
            here.run();
        }
    }

    @Override
    public void showWorkspace() {
        here = this::showWorkspace;
        shell.setCrumbs(List.of(new Crumb(m.get("crumb.workspace") + " " + workspace.file().getFileName(), null)));
        shell.bindSaved(null);
        shell.setContent(screens.workspaceView.root());
        screens.workspaceModel.load(false);
    }

    @Override
    public void showCompany(String id) {
        here = () -> showCompany(id);
        companyId = id;
        Company known = id == null ? null : screens.workspaceModel.allCompanies().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElse(null);
        screens.newAssessmentModel.prepare(known == null ? "general" : known.sector(), null);
        screens.companyModel.show(id);
        Company shown = screens.companyModel.savedProperty().get();
        String name = shown != null ? shown.name() : known != null ? known.name()
                : id == null ? m.get("crumb.newCompany") : "…";
        shell.setCrumbs(List.of(new Crumb(m.get("crumb.workspace"), this::showWorkspace), new Crumb(name, null)));
        shell.bindSaved(null);
        shell.setContent(screens.companyView.root());
        if (shown != null) {
            shell.setCrumbs(List.of(new Crumb(m.get("crumb.workspace"), this::showWorkspace), new Crumb(name, null)));
        }
    }

    @Override
    public void showAssessment(String assessmentId) {
        here = () -> showAssessment(assessmentId);
        shell.setContent(screens.assessmentView.root());
        shell.bindSaved(screens.questionnaire.model().saveStatusProperty());
        screens.assessmentView.show(assessmentId);
        var header = screens.assessmentView.model();
        Runnable crumbs = () -> {
            Company c = header.companyProperty().get();
            var a = header.assessmentProperty().get();
            String companyName = c == null ? "…" : c.name();
            String cid = c == null ? companyId : c.id();
            shell.setCrumbs(List.of(new Crumb(m.get("crumb.workspace"), this::showWorkspace),
                    new Crumb(companyName, () -> showCompany(cid)),
                    new Crumb(a == null ? "…" : m.get("crumb.assessment", a.period()), null)));
        };
        crumbs.run();
        header.assessmentProperty().addListener((obs, old, now) -> crumbs.run());
    }

    private void chooseWorkspace() {
        Path file = dialogs.openFile(m.get("workspace.openOther"), m.get("file.workspaces"), "*.triad");
        if (file != null) {
            open(file, true);
        }
    }

    private void importExchange() {
        Path file = dialogs.openFile(m.get("exchange.import"), m.get("file.exchange"), "*.json");
        if (file != null) {
            screens.importModel.importFile(file, () -> screens.workspaceModel.load(false));
        }
    }

    private Path chooseExportTarget() {
        Company c = screens.assessmentView.model().companyProperty().get();
        return dialogs.saveFile(m.get("exchange.export"), (c == null ? "company" : c.name()) + ".json",
                m.get("file.exchange"), "*.json");
    }

    private void exportCompany() {
        Company c = screens.companyModel.savedProperty().get();
        if (c == null) {
            return;
        }
        Path target = dialogs.saveFile(m.get("exchange.export"), c.name() + ".json", m.get("file.exchange"), "*.json");
        if (target != null) {
            tasks.run(() -> {
                workspace.exchange().exportTo(target, c.id());
                return target;
            }, done -> screens.companyModel.statusProperty().set(m.get("exchange.exported", done.getFileName())),
                    p -> dialogs.error(m.get("error.title"), Problems.describe(p, m), m.get("error.next.retry")));
        }
    }
}
