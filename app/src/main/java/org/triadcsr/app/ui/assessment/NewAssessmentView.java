package org.triadcsr.app.ui.assessment;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.triadcsr.app.ui.Messages;

/** The "new assessment" form on the company screen. */
public final class NewAssessmentView {
    private final VBox root;

    public NewAssessmentView(NewAssessmentViewModel model, Supplier<String> companyId, Consumer<String> opened) {
        Messages m = model.messages();
        Label heading = new Label(m.get("newAssessment.heading"));
        heading.getStyleClass().add("title-4");
        CheckBox followUp = new CheckBox(m.get("newAssessment.followUp"));
        followUp.setId("follow-up");
        followUp.selectedProperty().bindBidirectional(model.followUpProperty());
        followUp.visibleProperty().bind(model.canFollowUpProperty());
        followUp.managedProperty().bind(followUp.visibleProperty());
        ComboBox<NewAssessmentViewModel.PackChoice> pack = new ComboBox<>(model.packs());
        pack.setId("pack-choice");
        pack.valueProperty().bindBidirectional(model.packProperty());
        pack.disableProperty().bind(model.followUpProperty());
        pack.setMaxWidth(Double.MAX_VALUE);
        Button file = new Button(m.get("newAssessment.packFile"));
        file.setId("pack-file");
        file.disableProperty().bind(model.followUpProperty());
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("newAssessment.packFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("newAssessment.packFilter"), "*.json"));
            File chosen = chooser.showOpenDialog(file.getScene().getWindow());
            if (chosen != null) {
                model.choosePackFile(chosen.toPath());
            }
        });
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("pack-problems");
        problems.setPrefHeight(100);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        TextField period = new TextField();
        period.setId("period");
        period.textProperty().bindBidirectional(model.periodProperty());
        TextField assessor = new TextField();
        assessor.setId("assessor");
        assessor.textProperty().bindBidirectional(model.assessorProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(m.get("newAssessment.pack")), new HBox(8, pack, file));
        form.addRow(1, new Label(m.get("newAssessment.period")), period);
        form.addRow(2, new Label(m.get("newAssessment.assessor")), assessor);
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Button start = new Button(m.get("newAssessment.start"));
        start.setId("start-assessment");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.start(companyId.get(), opened));
        Label problemsHeading = new Label(m.get("newAssessment.problems"));
        problemsHeading.getStyleClass().add("danger");
        problemsHeading.visibleProperty().bind(problems.visibleProperty());
        problemsHeading.managedProperty().bind(problems.visibleProperty());
        root = new VBox(8, heading, followUp, form, problemsHeading, problems, error, start);
    }

    public Node root() {
        return root;
    }
}
