package org.triadcsr.app.ui.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.triadcsr.app.ui.Messages;

/** Evidence of the question on screen: a list with thumbnails and expiry, attach by button or drag and drop. */
final class EvidenceView {
    private final EvidenceViewModel model;
    private final Messages m;
    private final VBox root;

    EvidenceView(EvidenceViewModel model, Messages m, javafx.beans.value.ObservableBooleanValue readOnly) {
        this.model = model;
        this.m = m;
        Label heading = new Label(m.get("evidence.heading"));
        heading.getStyleClass().add("text-bold");
        ListView<EvidenceViewModel.Line> list = new ListView<>(model.lines());
        list.setId("evidence");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(m.get("evidence.empty")));
        list.setCellFactory(v -> new LineCell());
        DatePicker expires = new DatePicker();
        expires.setPromptText(m.get("evidence.expiry.prompt"));
        expires.setConverter(dates());
        Button attach = new Button(m.get("evidence.attach"));
        attach.setId("attach-evidence");
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("evidence.choose"));
            File file = chooser.showOpenDialog(attach.getScene().getWindow());
            if (file != null) {
                model.attach(file.toPath(), "", expires.getValue());
            }
        });
        Button remove = new Button(m.get("evidence.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        HBox actions = new HBox(8, attach, expires, remove, new Label(m.get("evidence.drop")));
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.disableProperty().bind(readOnly);
        root = new VBox(4, heading, list, actions, error);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !readOnly.get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            e.getDragboard().getFiles().forEach(f -> model.attach(f.toPath(), "", expires.getValue()));
            e.setDropCompleted(true);
            e.consume();
        });
    }

    Node root() {
        return root;
    }

    private StringConverter<LocalDate> dates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return m.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), m.dateFormatter());
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    /** File name and detail, with a small picture for photos and a word for what expires soon. */
    private static final class LineCell extends ListCell<EvidenceViewModel.Line> {
        @Override
        protected void updateItem(EvidenceViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(line.title());
            title.getStyleClass().add("text-bold");
            Label detail = new Label(line.detail());
            detail.getStyleClass().add(line.expiringSoon() ? "warning" : "text-muted");
            HBox row = new HBox(8);
            row.setAlignment(Pos.CENTER_LEFT);
            if (line.image() && line.evidence().data() != null) {
                ImageView thumb = new ImageView(new Image(new ByteArrayInputStream(line.evidence().data()), 48, 36, true, true));
                row.getChildren().add(thumb);
            }
            row.getChildren().add(new VBox(2, title, detail));
            setGraphic(row);
        }
    }
}
