package org.triadcsr.app.ui.assessment;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;

/** The assessment screen: its header with finalise and export, and its views as tabs (Ctrl+1 … Ctrl+5). */
public final class AssessmentView {
    private final AssessmentViewModel model;
    private final List<AssessmentTab> tabs;
    private final BorderPane root = new BorderPane();
    private final TabPane tabPane = new TabPane();
    private String assessmentId;

    public AssessmentView(AssessmentViewModel model, List<AssessmentTab> tabs, Supplier<java.nio.file.Path> exportTarget) {
        this.model = model;
        this.tabs = List.copyOf(tabs);
        Messages m = model.messages();
        Label header = new Label();
        header.setId("assessment-header");
        header.getStyleClass().add("text-bold");
        header.setWrapText(true);
        header.textProperty().bind(model.headerProperty());
        Label finalBadge = new Label(m.get("assessment.finalBadge"));
        finalBadge.setId("final-badge");
        finalBadge.getStyleClass().addAll("accent", "text-bold");
        finalBadge.visibleProperty().bind(model.finalProperty());
        finalBadge.managedProperty().bind(finalBadge.visibleProperty());
        Button finalise = new Button(m.get("finalise.button"));
        finalise.setId("finalise");
        finalise.disableProperty().bind(model.finalProperty());
        finalise.setOnAction(e -> model.finalise(() -> show(assessmentId)));
        Button export = new Button(m.get("exchange.export"));
        export.setId("export-exchange");
        export.setOnAction(e -> model.export(exportTarget.get()));
        Label status = new Label();
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, header, finalBadge, gap, status, finalise, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(bar);
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (int i = 0; i < this.tabs.size(); i++) {
            AssessmentTab t = this.tabs.get(i);
            Tab tab = new Tab(t.title() + (i < 9 ? "  (Ctrl+" + (i + 1) + ")" : ""), t.root());
            tab.setUserData(t);
            tabPane.getTabs().add(tab);
        }
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && assessmentId != null) {
                ((AssessmentTab) tab.getUserData()).show(assessmentId);
            }
        });
        root.setCenter(tabPane);
        root.setId("assessment-screen");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (n >= 0 && n < tabPane.getTabs().size()) {
                    tabPane.getSelectionModel().select(n);
                    e.consume();
                }
            }
        });
    }

    public void show(String id) {
        this.assessmentId = id;
        model.show(id, () -> {
            Tab selected = tabPane.getSelectionModel().getSelectedItem();
            if (selected != null) {
                ((AssessmentTab) selected.getUserData()).show(id);
            }
        });
    }

    public Node root() {
        return root;
    }

    public AssessmentViewModel model() {
        return model;
    }
}
