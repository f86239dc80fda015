package org.triadcsr.app.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** State of the main window; no nodes here, so it is testable without the toolkit. */
public final class MainViewModel {
    private final Path workspace;
    private final Messages messages;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();

    public MainViewModel(Path workspace, Messages messages) {
        this.workspace = workspace;
        this.messages = messages;
        title.set(messages.get("app.title", workspace.getFileName()));
        status.set(messages.get("status.workspace", workspace));
    }

    public Messages messages() {
        return messages;
    }

    public Path workspace() {
        return workspace;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
