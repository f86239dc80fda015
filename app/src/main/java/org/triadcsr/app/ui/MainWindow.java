package org.triadcsr.app.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.triadcsr.app.store.Backup;

/** The main window: companies on the left, the bundled packs and the work in the centre, the workspace below. */
public final class MainWindow {
    private final MainViewModel model;

    public MainWindow(MainViewModel model) {
        this.model = model;
    }

    public void show(Stage stage) {
        Messages m = model.messages();
        ListView<String> companies = new ListView<>();
        companies.setId("companies");
        Bindings.bindContent(companies.getItems(), model.companies());
        companies.setPlaceholder(new Label(m.get("companies.empty")));
        VBox.setVgrow(companies, Priority.ALWAYS);
        VBox left = new VBox(8, heading(m.get("companies.heading"), "title-4"), companies);
        left.setPadding(new Insets(12));
        left.setPrefWidth(300);

        Label welcome = new Label(m.get("welcome.text"));
        welcome.setId("welcome");
        welcome.setWrapText(true);
        welcome.getStyleClass().add("text-muted");
        ListView<MainViewModel.PackLine> packs = new ListView<>();
        packs.setId("packs");
        Bindings.bindContent(packs.getItems(), model.packs());
        packs.setCellFactory(list -> new PackCell());
        packs.setPrefHeight(5 * 58 + 4);
        packs.setFocusTraversable(false);
        VBox centre = new VBox(12, heading(m.get("welcome.heading"), "title-2"), welcome,
                heading(m.get("packs.heading"), "title-4"), packs);
        centre.setPadding(new Insets(24));

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));

        model.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                Platform.runLater(() -> showError(stage, message));
            }
        });

        BorderPane root = new BorderPane(centre, null, null, status, left);
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(root, 1100, 720));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.show();
    }

    /** The problem in words, and the backups to restore when the workspace itself is unusable. */
    @SuppressWarnings("unchecked")
    private void showError(Stage stage, String message) {
        Messages m = model.messages();
        if (model.offeredBackups().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.setHeaderText(m.get("error.heading"));
            alert.initOwner(stage);
            alert.show();
            return;
        }
        ChoiceDialog<Backup> choose = new ChoiceDialog<>(model.offeredBackups().get(0), model.offeredBackups());
        choose.setHeaderText(m.get("error.heading"));
        choose.setContentText(message + "\n\n" + m.get("backup.offer"));
        choose.initOwner(stage);
        ComboBox<Backup> combo = (ComboBox<Backup>) choose.getDialogPane().lookup(".combo-box");
        ((Button) choose.getDialogPane().lookupButton(ButtonType.OK)).setText(m.get("backup.restore"));
        ((Button) choose.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("dialog.cancel"));
        if (combo != null) {
            combo.setMinWidth(240);
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Backup backup) {
                    return backup == null ? "" : model.describe(backup);
                }

                @Override
                public Backup fromString(String text) {
                    return null;
                }
            });
        }
        choose.showAndWait().ifPresent(model::restore);
    }

    private static Label heading(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    /** A pack's name above its version and counts. */
    private static final class PackCell extends ListCell<MainViewModel.PackLine> {
        @Override
        protected void updateItem(MainViewModel.PackLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(line.name());
            name.getStyleClass().add("text-bold");
            Label detail = new Label(line.detail());
            detail.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, name, detail));
        }
    }
}
