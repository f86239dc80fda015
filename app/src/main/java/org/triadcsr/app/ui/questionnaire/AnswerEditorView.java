package org.triadcsr.app.ui.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.model.pack.Question;

/** The editor fitted to the question's kind: radio buttons for levels, yes/no and choices; figures for KPIs. */
final class AnswerEditorView {
    private final QuestionnaireViewModel model;
    private final Messages m;
    private final VBox box = new VBox(6);
    private Runnable detach = () -> { };

    AnswerEditorView(QuestionnaireViewModel model) {
        this.model = model;
        this.m = model.messages();
        box.setId("answer-editor");
        model.editor().questionProperty().addListener((obs, old, q) -> rebuild(q));
    }

    Node root() {
        return box;
    }

    private void rebuild(Question q) {
        box.getChildren().clear();
        detach.run();
        detach = () -> { };
        if (q == null) {
            return;
        }
        AnswerEditor e = model.editor();
        switch (q.kind()) {
            case MATURITY -> {
                List<String> described = model.levelDescriptions(q);
                List<Object> values = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int level = 0; level <= 4; level++) {
                    values.add(level);
                    labels.add(level + " — " + (described.size() == 5 ? described.get(level) : m.get("level." + level)));
                }
                radios(values, labels, e.levelProperty(), -1);
            }
            case YESNO -> {
                List<Object> values = new ArrayList<>(q.partialAllowed() ? List.of("yes", "partial", "no") : List.of("yes", "no"));
                radios(values, values.stream().map(v -> m.get("answer." + v)).toList(), e.yesNoProperty(), null);
            }
            case CHOICE -> {
                Map<String, String> options = model.options(q);
                radios(new ArrayList<>(options.keySet()), new ArrayList<>(options.values()), e.choiceProperty(), null);
            }
            case KPI -> e.kpiFields().forEach(f -> box.getChildren().add(kpiField(f)));
        }
        box.disableProperty().bind(model.readOnlyProperty().or(e.notApplicableProperty()));
    }

    /** Radio buttons kept in step with a view-model property both ways. */
    @SuppressWarnings("unchecked")
    private <T> void radios(List<Object> values, List<String> labels, Property<T> property, T none) {
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < values.size(); i++) {
            RadioButton r = new RadioButton(labels.get(i));
            r.setUserData(values.get(i));
            r.setToggleGroup(group);
            r.setWrapText(true);
            r.setId("answer-" + values.get(i));
            box.getChildren().add(r);
        }
        Runnable select = () -> {
            Object v = property.getValue();
            Toggle t = group.getToggles().stream().filter(x -> x.getUserData().equals(v)).findFirst().orElse(null);
            group.selectToggle(t);
        };
        select.run();
        javafx.beans.value.ChangeListener<T> follow = (obs, old, now) -> select.run();
        property.addListener(follow);
        detach = () -> property.removeListener(follow);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            T value = now == null ? none : (T) now.getUserData();
            if (!java.util.Objects.equals(property.getValue(), value) && now != null) {
                property.setValue(value);
            }
        });
    }

    private Node kpiField(KpiField f) {
        Label name = new Label(f.label() + " (" + f.input().unit() + ")");
        name.getStyleClass().add("text-bold");
        CheckBox monthly = new CheckBox(m.get("kpi.monthly"));
        monthly.selectedProperty().bindBidirectional(f.monthlyProperty());
        TextField annual = new TextField();
        annual.setId("kpi-" + f.input().id());
        annual.setPromptText(m.get("kpi.annual.prompt"));
        annual.setMaxWidth(220);
        annual.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        annual.textProperty().bindBidirectional(f.annualProperty());
        GridPane months = new GridPane();
        months.setHgap(4);
        months.setVgap(2);
        for (int i = 0; i < 12; i++) {
            Label header = new Label(m.get("month." + (i + 1)) + " (" + f.input().unit() + ")");
            header.getStyleClass().add("text-small");
            TextField cell = new TextField();
            cell.setPrefColumnCount(5);
            cell.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            cell.setId("kpi-" + f.input().id() + "-m" + (i + 1));
            cell.textProperty().bindBidirectional(f.months().get(i));
            months.add(header, i % 6, (i / 6) * 2);
            months.add(cell, i % 6, (i / 6) * 2 + 1);
        }
        annual.visibleProperty().bind(f.monthlyProperty().not());
        annual.managedProperty().bind(annual.visibleProperty());
        months.visibleProperty().bind(f.monthlyProperty());
        months.managedProperty().bind(months.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(f.errorProperty());
        error.visibleProperty().bind(f.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox field = new VBox(4, new HBox(12, name, monthly), annual, months, error);
        field.setPadding(new Insets(4, 0, 8, 0));
        return field;
    }
}
