package org.triadcsr.app.ui.questionnaire;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;

/**
 * Domains and topics with their completeness on the left, one question in the centre, help on the right (F1).
 * Alt+←/→ moves between questions, Alt+↑/↓ between topics, 0–4 and Y/N/P answer, Ctrl+F finds a question.
 */
public final class QuestionnaireView implements AssessmentTab {
    private final QuestionnaireViewModel model;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final VBox helpPanel;

    public QuestionnaireView(QuestionnaireViewModel model) {
        this.model = model;
        this.m = model.messages();
        root.setId("questionnaire");
        root.getProperties().put(QuestionnaireViewModel.class, model);   // for end-to-end tests that drive it
        root.setLeft(navigation());
        root.setCenter(question());
        helpPanel = help();
        root.setRight(helpPanel);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    @Override
    public String title() {
        return m.get("tab.questionnaire");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(String assessmentId) {
        model.show(assessmentId);
    }

    public QuestionnaireViewModel model() {
        return model;
    }

    private Node navigation() {
        search.setId("question-search");
        search.setPromptText(m.get("questionnaire.search"));
        search.setOnAction(e -> model.find(search.getText()));
        ListView<NavLine> nav = new ListView<>(model.nav());
        nav.setId("topics");
        nav.setCellFactory(v -> new NavCell(m));
        nav.setOnMouseClicked(e -> open(nav.getSelectionModel().getSelectedItem()));
        nav.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(nav.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(nav, Priority.ALWAYS);
        VBox left = new VBox(6, search, nav);
        left.setPadding(new Insets(8));
        left.setPrefWidth(250);
        return left;
    }

    private void open(NavLine line) {
        if (line != null) {
            model.goTo(line.firstQuestion());
        }
    }

    private Node question() {
        Label readOnly = new Label(m.get("questionnaire.readOnly"));
        readOnly.setId("read-only");
        readOnly.getStyleClass().addAll("accent", "text-bold");
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(model.readOnlyProperty().and(model.loadedProperty()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label position = new Label();
        position.getStyleClass().add("text-muted");
        position.textProperty().bind(model.positionProperty());
        Label text = new Label();
        text.setId("question-text");
        text.getStyleClass().add("title-4");
        text.setWrapText(true);
        text.textProperty().bind(model.questionTextProperty());
        Label flag = boundMessage(model.flagProperty(), "danger");
        flag.setId("question-flag");
        Label kpiValue = new Label();
        kpiValue.setId("kpi-value");
        kpiValue.setWrapText(true);
        kpiValue.textProperty().bind(model.kpiValueProperty());
        kpiValue.visibleProperty().bind(model.kpiValueProperty().isNotEmpty());
        kpiValue.managedProperty().bind(kpiValue.visibleProperty());

        AnswerEditor e = model.editor();
        CheckBox na = new CheckBox(m.get("answer.na"));
        na.setId("answer-na");
        na.selectedProperty().bindBidirectional(e.notApplicableProperty());
        e.questionProperty().addListener((obs, old, q) -> na.setVisible(q != null && q.allowNA()));
        na.managedProperty().bind(na.visibleProperty());
        TextField reason = new TextField();
        reason.setId("answer-na-reason");
        reason.setPromptText(m.get("answer.na.reason"));
        reason.textProperty().bindBidirectional(e.naReasonProperty());
        reason.visibleProperty().bind(e.notApplicableProperty());
        reason.managedProperty().bind(reason.visibleProperty());
        TextArea note = new TextArea();
        note.setId("answer-note");
        note.setPromptText(m.get("answer.note"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(e.noteProperty());
        Label error = boundMessage(model.errorProperty(), "danger");
        error.setId("answer-error");
        HBox naRow = new HBox(8, na, reason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        naRow.disableProperty().bind(model.readOnlyProperty());
        note.editableProperty().bind(model.readOnlyProperty().not());

        Button previous = new Button(m.get("questionnaire.previous"));
        previous.setId("previous-question");
        previous.setOnAction(ev -> model.previous());
        Button next = new Button(m.get("questionnaire.next"));
        next.setId("next-question");
        next.setOnAction(ev -> model.next());
        Button clear = new Button(m.get("answer.clear"));
        clear.disableProperty().bind(model.readOnlyProperty());
        clear.setOnAction(ev -> model.clearAnswer());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, previous, clear, gap, next);

        EvidenceView evidence = new EvidenceView(model.evidence(), m, model.readOnlyProperty());
        VBox centre = new VBox(10, readOnly, position, text, flag, new AnswerEditorView(model).root(), kpiValue, naRow,
                error, note, evidence.root(), buttons);
        centre.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox help() {
        Label heading = new Label(m.get("help.heading"));
        heading.getStyleClass().add("title-4");
        VBox box = new VBox(8, heading);
        String[] keys = {"help.guidance", "help.evidence", "help.legal", "help.mappings"};
        for (int i = 0; i < keys.length; i++) {
            int part = i;
            Label title = new Label(m.get(keys[i]));
            title.getStyleClass().add("text-bold");
            Label body = new Label();
            body.setWrapText(true);
            model.helpProperty().addListener((obs, old, h) -> body.setText(h == null ? "" : switch (part) {
                case 0 -> h.guidance();
                case 1 -> h.evidence();
                case 2 -> h.legalBasis();
                default -> h.mappings();
            }));
            box.getChildren().addAll(title, body);
        }
        box.setId("help-panel");
        box.setPadding(new Insets(12));
        box.setPrefWidth(260);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return new VBox(scroll);
    }

    private void keys(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isAltDown()) {
            switch (e.getCode()) {
                case RIGHT -> model.next();
                case LEFT -> model.previous();
                case DOWN -> model.nextTopic();
                case UP -> model.previousTopic();
                default -> {
                    return;
                }
            }
            e.consume();
        } else if (e.getCode() == KeyCode.F1) {
            helpPanel.setVisible(!helpPanel.isVisible());
            helpPanel.setManaged(helpPanel.isVisible());
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            search.requestFocus();
            search.selectAll();
            e.consume();
        } else if (!typing && !e.isShortcutDown() && model.answerKey(e.getText())) {
            e.consume();
        }
    }

    private static Label boundMessage(javafx.beans.property.StringProperty message, String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotNull().and(message.isNotEmpty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A domain in bold with its percentage, a topic indented with answered/expected and ⚑ when flagged. */
    private static final class NavCell extends ListCell<NavLine> {
        private final Messages m;

        NavCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(NavLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                return;
            }
            String flag = line.flagged() ? "  ⚑" : "";
            if (line.depth() == 0) {
                setText(m.get("nav.domain", line.name(), line.percent()) + flag);
                setStyle("-fx-font-weight: bold;");
            } else {
                setText("    " + m.get("nav.topic", line.name(), line.answered(), line.expected())
                        + (line.complete() ? " ✓" : "") + flag);
                setStyle("");
            }
        }
    }
}
