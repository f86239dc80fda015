package org.triadcsr.app.ui.analysis;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers for the read-only tables of the analysis tabs. */
public final class Tables {
    private Tables() {
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column of numbers, right-aligned as the style asks. */
    public static <T> TableColumn<T, String> number(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = column(title, value, width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    public static <T> TableView<T> table(javafx.collections.ObservableList<T> items, String empty) {
        TableView<T> t = new TableView<>(items);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new javafx.scene.control.Label(empty));
        return t;
    }

    public static javafx.scene.control.Label heading(String words) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(words);
        l.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        l.setAlignment(Pos.CENTER_LEFT);
        return l;
    }
}
