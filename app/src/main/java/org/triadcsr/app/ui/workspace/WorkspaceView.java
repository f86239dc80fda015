package org.triadcsr.app.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Navigator;
import org.triadcsr.model.portfolio.Company;

/** The workspace screen: companies with search, and what to do with them or with another workspace file. */
public final class WorkspaceView {
    /** What the screen asks of the window: other workspace files and the exchange import. */
    public record FileActions(Runnable openOther, List<Path> recent, Consumer<Path> openRecent, Runnable importFile) {
    }

    private final VBox root;
    private final TextField search = new TextField();

    public WorkspaceView(WorkspaceViewModel model, Navigator navigator, FileActions files) {
        Messages m = model.messages();
        Label heading = new Label(m.get("workspace.heading"));
        heading.getStyleClass().add("title-3");
        search.setId("company-search");
        search.setPromptText(m.get("workspace.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<Company> list = new ListView<>(model.companies());
        list.setId("companies");
        list.setPlaceholder(new Label(m.get("workspace.empty")));
        list.setCellFactory(v -> new CompanyCell(m));
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable openSelected = () -> {
            Company c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                navigator.showCompany(c.id());
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete(list.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        Button add = new Button(m.get("workspace.newCompany"));
        add.setId("new-company");
        add.setOnAction(e -> navigator.showCompany(null));
        Button open = new Button(m.get("workspace.openCompany"));
        open.setId("open-company");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected.run());
        Button delete = new Button(m.get("workspace.deleteCompany"));
        delete.setId("delete-company");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(list.getSelectionModel().getSelectedItem()));
        Button other = new Button(m.get("workspace.openOther"));
        other.setId("open-workspace");
        other.setOnAction(e -> files.openOther().run());
        MenuButton recent = new MenuButton(m.get("workspace.recent"));
        recent.setId("recent-workspaces");
        files.recent().forEach(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> files.openRecent().accept(p));
            recent.getItems().add(item);
        });
        recent.setDisable(files.recent().isEmpty());
        Button importFile = new Button(m.get("exchange.import"));
        importFile.setId("import-exchange");
        importFile.setOnAction(e -> files.importFile().run());
        HBox companyButtons = new HBox(8, add, open, delete);
        HBox fileButtons = new HBox(8, other, recent, importFile);

        Label status = new Label();
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        root = new VBox(10, heading, demoOffer(model, m, navigator), search, list, companyButtons, fileButtons, status);
        root.setPadding(new Insets(16));
        root.setId("workspace-screen");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            if (search.getScene() != null) {
                                search.requestFocus();
                            }
                        });
            }
        });
    }

    private static Node demoOffer(WorkspaceViewModel model, Messages m, Navigator navigator) {
        Label text = new Label(m.get("demo.offer"));
        text.setWrapText(true);
        Button yes = new Button(m.get("demo.add"));
        yes.setId("add-demo");
        yes.getStyleClass().add("accent");
        yes.setOnAction(e -> model.addDemo(() -> { }));
        Button no = new Button(m.get("demo.decline"));
        no.setOnAction(e -> model.declineDemo());
        HBox box = new HBox(12, text, yes, no);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(10));
        box.setId("demo-offer");
        box.setStyle("-fx-background-color: -color-accent-subtle; -fx-background-radius: 6;");
        box.visibleProperty().bind(model.offerDemoProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public Node root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private static final class CompanyCell extends ListCell<Company> {
        private final Messages m;

        CompanyCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Company c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(c.name());
            name.getStyleClass().add("text-bold");
            Label detail = new Label(m.get("workspace.companyLine", m.sector(c.sector()),
                    c.province() == null ? "" : c.province()));
            detail.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, name, detail));
        }
    }
}
