package org.triadcsr.app.ui.actions;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.analysis.Tables;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.portfolio.ImprovementAction.ActionStatus;

/** The action plan tab: suggestions from the pack, the company's actions with filters, and a form to add or edit. */
public final class ActionsView implements AssessmentTab {
    private final ActionsViewModel model;
    private final Messages messages;
    private final ScrollPane root;

    public ActionsView(ActionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.setStyle("-fx-text-fill: #c62828;");
        error.setWrapText(true);
        TableView<ActionsViewModel.Suggestion> suggestions = Tables.table(model.suggestions(), messages.get("actions.suggestions.none"));
        suggestions.setId("actions-suggestions");
        suggestions.getColumns().setAll(List.of(
                Tables.column(messages.get("actions.col.reason"), ActionsViewModel.Suggestion::reason, 220),
                Tables.column(messages.get("actions.col.topic"), ActionsViewModel.Suggestion::topic, 150),
                Tables.column(messages.get("actions.col.action"), ActionsViewModel.Suggestion::action, 360),
                Tables.number(messages.get("actions.col.cost"), ActionsViewModel.Suggestion::cost, 220)));
        suggestions.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionsViewModel.Suggestion item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.flagged() ? "-fx-text-background-color: #c62828;" : "");
            }
        });
        suggestions.setPrefHeight(240);
        Button adopt = new Button(messages.get("actions.adopt"));
        adopt.disableProperty().bind(suggestions.getSelectionModel().selectedItemProperty().isNull());
        adopt.setOnAction(e -> model.adopt(suggestions.getSelectionModel().getSelectedItem()));

        ComboBox<ActionStatus> statusFilter = new ComboBox<>();
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(ActionStatus.values());
        statusFilter.setConverter(statusWords(messages.get("actions.filter.all")));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        statusFilter.setId("actions-status-filter");
        ComboBox<String> domainFilter = new ComboBox<>();
        domainFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? messages.get("actions.filter.all") : model.domainNames().getOrDefault(id, id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        domainFilter.setOnShowing(e -> {
            if (domainFilter.getItems().isEmpty()) {
                domainFilter.getItems().add(null);
                domainFilter.getItems().addAll(model.domainNames().keySet());
            }
        });
        domainFilter.valueProperty().bindBidirectional(model.domainFilterProperty());

        TableView<ActionsViewModel.ActionLine> actions = Tables.table(model.actions(), messages.get("actions.none"));
        actions.setId("actions-table");
        actions.getColumns().setAll(List.of(
                Tables.column(messages.get("actions.col.title"), ActionsViewModel.ActionLine::title, 300),
                Tables.column(messages.get("actions.col.owner"), ActionsViewModel.ActionLine::owner, 130),
                Tables.column(messages.get("actions.col.due"), ActionsViewModel.ActionLine::due, 100),
                Tables.column(messages.get("actions.col.status"), ActionsViewModel.ActionLine::status, 170),
                Tables.column(messages.get("actions.col.domain"), ActionsViewModel.ActionLine::domain, 110),
                Tables.number(messages.get("actions.col.cost"), ActionsViewModel.ActionLine::cost, 130),
                Tables.number(messages.get("actions.col.savings"), ActionsViewModel.ActionLine::savings, 130)));
        actions.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionsViewModel.ActionLine item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.overdue()
                        ? "-fx-background-color: #ffebee; -fx-text-background-color: #b71c1c; -fx-font-weight: bold;" : "");
            }
        });
        actions.setPrefHeight(220);

        TextField title = new TextField();
        title.setPromptText(messages.get("actions.col.title"));
        title.setPrefColumnCount(24);
        TextField owner = new TextField();
        owner.setPromptText(messages.get("actions.col.owner"));
        DatePicker due = new DatePicker();
        due.setPromptText(messages.get("actions.col.due"));
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.getItems().addAll(ActionStatus.values());
        status.setConverter(statusWords(""));
        status.setValue(ActionStatus.PLANNED);
        TextField cost = new TextField();
        cost.setPromptText(messages.get("actions.col.cost"));
        TextField savings = new TextField();
        savings.setPromptText(messages.get("actions.col.savings"));
        ImprovementAction[] editing = {null};
        actions.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            editing[0] = line == null ? null : line.action();
            if (line != null) {
                ImprovementAction a = line.action();
                title.setText(a.title());
                owner.setText(a.owner());
                due.setValue(a.due());
                status.setValue(a.status());
                cost.setText(a.cost() == null ? "" : model.plain(a.cost()));
                savings.setText(a.expectedSavings() == null ? "" : model.plain(a.expectedSavings()));
            }
        });
        Button save = new Button(messages.get("actions.save"));
        save.setOnAction(e -> {
            ImprovementAction a = editing[0];
            if (model.save(a == null ? null : a.id(), title.getText(), owner.getText(), due.getValue(), status.getValue(),
                    cost.getText(), savings.getText(), a == null ? null : a.topicOrQuestionId(),
                    a == null ? null : a.packActionId())) {
                editing[0] = null;
                actions.getSelectionModel().clearSelection();
                title.clear();
                owner.clear();
                cost.clear();
                savings.clear();
                due.setValue(null);
            }
        });
        FlowPane form = new FlowPane(8, 8, title, owner, due, status, cost, savings, save);

        VBox page = new VBox(12, Tables.heading(messages.get("actions.title")), error,
                Tables.heading(messages.get("actions.suggestions")), suggestions, adopt,
                Tables.heading(messages.get("actions.plan")),
                new HBox(8, new Label(messages.get("actions.filter.status")), statusFilter,
                        new Label(messages.get("actions.filter.domain")), domainFilter),
                actions, form);
        page.setPadding(new Insets(16));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
    }

    private StringConverter<ActionStatus> statusWords(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(ActionStatus s) {
                return s == null ? none : messages.get("actions.status." + s.id());
            }

            @Override
            public ActionStatus fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public String title() {
        return messages.get("actions.title");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(String assessmentId) {
        model.show(assessmentId);
    }

    public ActionsViewModel model() {
        return model;
    }
}
