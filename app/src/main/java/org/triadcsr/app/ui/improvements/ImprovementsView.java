package org.triadcsr.app.ui.improvements;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.analysis.Tables;

/** The "what moves the score most" tab: the ranked steps beside the pack's suggested actions and their cost. */
public final class ImprovementsView implements AssessmentTab {
    private final ImprovementsViewModel model;
    private final Messages messages;
    private final VBox root;

    public ImprovementsView(ImprovementsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.setStyle("-fx-text-fill: #c62828;");
        TableView<ImprovementsViewModel.Line> table = Tables.table(model.lines(), messages.get("improvements.none"));
        table.setId("improvements-table");
        table.getColumns().setAll(List.of(
                Tables.number("#", l -> String.valueOf(l.rank()), 40),
                Tables.number(messages.get("improvements.col.gain"), ImprovementsViewModel.Line::gain, 80),
                wrapping(messages.get("improvements.col.question"), l -> l.topic() + ": " + l.question(), 320),
                wrapping(messages.get("improvements.col.step"), ImprovementsViewModel.Line::step, 170),
                wrapping(messages.get("improvements.col.flags"), ImprovementsViewModel.Line::flags, 130),
                wrapping(messages.get("improvements.col.actions"), ImprovementsViewModel.Line::actions, 380)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label intro = new Label(messages.get("improvements.intro"));
        intro.setWrapText(true);
        root = new VBox(10, Tables.heading(messages.get("improvements.title")), intro, summary, error, table);
        root.setPadding(new Insets(16));
    }

    private static TableColumn<ImprovementsViewModel.Line, String> wrapping(String title,
            java.util.function.Function<ImprovementsViewModel.Line, String> value, double width) {
        TableColumn<ImprovementsViewModel.Line, String> c = Tables.column(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Label l = new Label(empty ? "" : item);
                l.setWrapText(true);
                l.setMaxWidth(col.getWidth() - 10);
                ImprovementsViewModel.Line line = getTableRow() == null ? null : getTableRow().getItem();
                if (!empty && line != null && line.clearsCritical() && item.equals(line.flags())) {
                    l.setStyle("-fx-text-fill: #c62828; -fx-font-weight: bold;");
                }
                setGraphic(empty ? null : l);
                setText(null);
            }
        });
        return c;
    }

    @Override
    public String title() {
        return messages.get("improvements.title");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(String assessmentId) {
        model.show(assessmentId);
    }

    public ImprovementsViewModel model() {
        return model;
    }
}
