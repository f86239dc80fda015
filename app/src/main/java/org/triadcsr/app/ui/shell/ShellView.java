package org.triadcsr.app.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.triadcsr.app.ui.Messages;

/** The window's frame: the breadcrumb (the way back), the quiet "saved" indicator and the language choice. */
public final class ShellView {
    /** One step of the breadcrumb; {@code go} is null for the step the user is on. */
    public record Crumb(String label, Runnable go) {
    }

    private final BorderPane root = new BorderPane();
    private final HBox crumbs = new HBox(4);
    private final Label saved = new Label();

    public ShellView(Messages m, String language, Consumer<String> switchLanguage) {
        crumbs.setId("breadcrumb");
        crumbs.setAlignment(Pos.CENTER_LEFT);
        saved.setId("saved-indicator");
        saved.getStyleClass().add("text-muted");
        ComboBox<String> languages = new ComboBox<>();
        languages.setId("language");
        languages.getItems().addAll(Messages.LANGUAGES);
        languages.setConverter(new StringConverter<>() {
            @Override
            public String toString(String lang) {
                return lang == null ? "" : m.get("language." + lang);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        languages.setValue(language);
        languages.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                switchLanguage.accept(now);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, crumbs, gap, saved, new Label(m.get("language.label")), languages);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setStyle("-fx-border-color: transparent transparent -color-border-default transparent;");
        root.setTop(bar);
    }

    public void setCrumbs(List<Crumb> steps) {
        crumbs.getChildren().clear();
        for (int i = 0; i < steps.size(); i++) {
            Crumb c = steps.get(i);
            if (i > 0) {
                crumbs.getChildren().add(new Label("›"));
            }
            if (c.go() == null) {
                Label here = new Label(c.label());
                here.getStyleClass().add("text-bold");
                crumbs.getChildren().add(here);
            } else {
                Hyperlink link = new Hyperlink(c.label());
                link.setOnAction(e -> c.go().run());
                crumbs.getChildren().add(link);
            }
        }
    }

    /** Shows the save state of the screen on show, or nothing. */
    public void bindSaved(ObservableStringValue state) {
        saved.textProperty().unbind();
        if (state == null) {
            saved.setText("");
        } else {
            saved.textProperty().bind(state);
        }
    }

    public void setContent(Node content) {
        root.setCenter(content);
    }

    public BorderPane root() {
        return root;
    }
}
