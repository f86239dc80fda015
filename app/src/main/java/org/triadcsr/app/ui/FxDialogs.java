package org.triadcsr.app.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs with every title and button in the user's language. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Messages m;

    public FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.m = messages;
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void error(String title, String whatHappened, String whatNext) {
        alert(Alert.AlertType.ERROR, title, whatHappened + "\n\n" + whatNext + "\n\n" + m.get("error.log"),
                new ButtonType(m.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message,
                new ButtonType(m.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    @Override
    public <T> T choose(String title, String message, java.util.List<T> items, java.util.function.Function<T, String> label,
                        String confirmButton) {
        javafx.scene.control.ListView<T> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(items));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.setPrefSize(620, 200);
        list.getSelectionModel().selectFirst();
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        Label text = (Label) alert.getDialogPane().getContent();
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(10, text, list));
        alert.getDialogPane().setMinWidth(680);
        return alert.showAndWait().filter(b -> b == yes).map(b -> list.getSelectionModel().getSelectedItem()).orElse(null);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinWidth(560);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    @Override
    public Path openFile(String title, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    @Override
    public Path saveFile(String title, String suggestedName, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        return chooser;
    }
}
