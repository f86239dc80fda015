package org.triadcsr.app.ui.company;

import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Navigator;
import org.triadcsr.app.ui.assessment.NewAssessmentView;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;

/** The company screen: its profile with the live size class on the left, its assessments on the right. */
public final class CompanyView {
    private final HBox root;

    public CompanyView(CompanyViewModel model, NewAssessmentView newAssessment, Navigator navigator,
                       Runnable exportCompany) {
        Messages m = model.messages();
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, label(m, "company.name"), text(model.nameProperty(), "company-name"));
        ComboBox<String> sector = new ComboBox<>(FXCollections.observableArrayList("textile-garment", "leather-footwear",
                "electronics", "handicraft-furniture", "general"));
        sector.setId("company-sector");
        sector.setEditable(false);
        sector.setConverter(converter(m::sector));
        sector.valueProperty().bindBidirectional(model.sectorProperty());
        form.addRow(row++, label(m, "company.sector"), sector);
        form.addRow(row++, label(m, "company.province"), text(model.provinceProperty(), "company-province"));
        ComboBox<WageRegion> region = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(WageRegion.values())));
        region.setId("company-region");
        region.setConverter(converter(r -> m.get("company.region.value", r.name())));
        region.valueProperty().bindBidirectional(model.regionProperty());
        form.addRow(row++, label(m, "company.region"), region);
        ComboBox<Field> field = new ComboBox<>(FXCollections.observableArrayList(Field.values()));
        field.setId("company-field");
        field.setConverter(converter(f -> m.get("field." + f.name().toLowerCase(java.util.Locale.ROOT))));
        field.valueProperty().bindBidirectional(model.fieldProperty());
        form.addRow(row++, label(m, "company.field"), field);
        form.addRow(row++, label(m, "company.employees"), text(model.employeesProperty(), "company-employees"));
        form.addRow(row++, label(m, "company.revenue"), text(model.revenueProperty(), "company-revenue"));
        form.addRow(row++, label(m, "company.capital"), text(model.capitalProperty(), "company-capital"));
        Label size = new Label();
        size.setId("company-size");
        size.getStyleClass().add("text-bold");
        size.textProperty().bind(model.sizeClassProperty());
        size.setWrapText(true);
        size.setMaxWidth(300);
        form.addRow(row++, label(m, "company.size"), size);
        Label error = new Label();
        error.setId("company-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Button save = new Button(m.get("company.save"));
        save.setId("save-company");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save(c -> {
            navigator.showCompany(c.id());
        }));
        Button export = new Button(m.get("exchange.export"));
        export.setId("export-company");
        export.disableProperty().bind(model.savedProperty().isNull());
        export.setOnAction(e -> exportCompany.run());
        Label heading = new Label(m.get("company.profile"));
        heading.getStyleClass().add("title-4");
        VBox profile = new VBox(10, heading, form, error, new HBox(8, save, export), status);
        profile.setPadding(new Insets(16));
        profile.setPrefWidth(620);
        profile.setMinWidth(560);

        Label timelineHeading = new Label(m.get("company.timeline"));
        timelineHeading.getStyleClass().add("title-4");
        ListView<CompanyViewModel.TimelineRow> timeline = new ListView<>(model.timeline());
        timeline.setId("timeline");
        timeline.setPlaceholder(new Label(m.get("company.timeline.empty")));
        timeline.setPrefHeight(200);
        timeline.setCellFactory(v -> new TimelineCell(m));
        Runnable open = () -> {
            var selected = timeline.getSelectionModel().getSelectedItem();
            if (selected != null) {
                navigator.showAssessment(selected.assessmentId());
            }
        };
        timeline.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        Button openButton = new Button(m.get("company.openAssessment"));
        openButton.setId("open-assessment");
        openButton.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.run());
        Node start = newAssessment.root();
        start.visibleProperty().bind(model.savedProperty().isNotNull());
        start.managedProperty().bind(start.visibleProperty());
        VBox right = new VBox(10, timelineHeading, timeline, openButton, start);
        right.setPadding(new Insets(16));
        HBox.setHgrow(right, Priority.ALWAYS);
        ScrollPane profileScroll = new ScrollPane(profile);
        profileScroll.setFitToWidth(true);
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        HBox.setHgrow(rightScroll, Priority.ALWAYS);
        root = new HBox(profileScroll, rightScroll);
        root.setId("company-screen");
    }

    public Node root() {
        return root;
    }

    private static Label label(Messages m, String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(22);
        t.textProperty().bindBidirectional(property);
        return t;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static final class TimelineCell extends ListCell<CompanyViewModel.TimelineRow> {
        private final Messages m;

        TimelineCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(CompanyViewModel.TimelineRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : m.get("company.timeline.row", r.period(), r.status(), r.score(), r.rating()));
        }
    }
}
