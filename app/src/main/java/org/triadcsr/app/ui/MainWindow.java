package org.triadcsr.app.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: companies on the left, the selected work in the centre, the workspace in the status bar. */
public final class MainWindow {
    private final MainViewModel model;

    public MainWindow(MainViewModel model) {
        this.model = model;
    }

    public void show(Stage stage) {
        Messages m = model.messages();
        Label heading = new Label(m.get("companies.heading"));
        heading.getStyleClass().add("title-4");
        ListView<String> companies = new ListView<>();
        companies.setId("companies");
        companies.setPlaceholder(new Label(m.get("companies.empty")));
        VBox left = new VBox(8, heading, companies);
        left.setPadding(new Insets(12));
        left.setPrefWidth(280);

        Label welcome = new Label(m.get("welcome.text"));
        welcome.setId("welcome");
        welcome.setWrapText(true);
        welcome.getStyleClass().add("text-muted");
        VBox centre = new VBox(12, title(m.get("welcome.heading")), welcome);
        centre.setPadding(new Insets(24));

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));

        BorderPane root = new BorderPane(centre, null, null, status, left);
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(root, 1100, 720));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.show();
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-2");
        return label;
    }
}
