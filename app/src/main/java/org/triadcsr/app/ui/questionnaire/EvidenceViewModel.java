package org.triadcsr.app.ui.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.store.EvidencePolicy;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.portfolio.Evidence;

/** The evidence of the question on screen: attach files (checked by the store), remove them, see expiry dates. */
public final class EvidenceViewModel {
    /** Evidence that expires within this many days is marked as expiring soon. */
    static final int SOON_DAYS = 30;

    /** One evidence item as the list shows it. */
    public record Line(Evidence evidence, String title, String detail, boolean expiringSoon, boolean image) {
    }

    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    private final List<Evidence> all = new ArrayList<>();
    private String assessmentId;
    private String questionId;
    private boolean readOnly;
    private LocalDate today = LocalDate.now();

    EvidenceViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
    }

    void reset(String assessmentId, List<Evidence> evidence, boolean readOnly) {
        this.assessmentId = assessmentId;
        this.readOnly = readOnly;
        this.today = LocalDate.now();
        all.clear();
        all.addAll(evidence);
    }

    void showQuestion(String questionId) {
        this.questionId = questionId;
        error.set(null);
        refresh();
    }

    private void refresh() {
        lines.setAll(all.stream().filter(e -> questionId != null && questionId.equals(e.questionId()))
                .map(this::line).toList());
    }

    private Line line(Evidence e) {
        boolean soon = e.expires() != null && !e.expires().isAfter(today.plusDays(SOON_DAYS));
        String title = e.fileName() != null ? e.fileName() : m.get("evidence.note");
        List<String> parts = new ArrayList<>();
        if (e.note() != null && !e.note().isBlank()) {
            parts.add(e.note());
        }
        if (e.expires() != null) {
            parts.add(e.expires().isBefore(today) ? m.get("evidence.expired", m.date(e.expires()))
                    : soon ? m.get("evidence.expiresSoon", m.date(e.expires())) : m.get("evidence.expires", m.date(e.expires())));
        }
        boolean image = e.mediaType() != null && e.mediaType().startsWith("image/");
        return new Line(e, title, String.join(" · ", parts), soon, image);
    }

    /** Reads and keeps the file in the background; a refused file is explained, nothing else changes. */
    public void attach(Path file, String note, LocalDate expires) {
        if (readOnly || assessmentId == null || questionId == null) {
            return;
        }
        String name = file.getFileName().toString();
        if (EvidencePolicy.mediaTypeOf(name) == null) {
            error.set(m.get("evidence.refusedType", name));
            return;
        }
        String forQuestion = questionId;
        tasks.run(() -> {
            try {
                byte[] data = Files.readAllBytes(file);
                return workspace.evidence().addFile(assessmentId, forQuestion, name, data, note, expires);
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.FAILED, m.get("evidence.unreadable", name), e);
            }
        }, added -> {
            all.add(added);
            error.set(null);
            refresh();
        }, this::failed);
    }

    public void remove(Line line) {
        if (readOnly) {
            return;
        }
        tasks.run(() -> {
            workspace.evidence().remove(line.evidence().id());
            return line.evidence();
        }, removed -> {
            all.remove(removed);
            refresh();
        }, this::failed);
    }

    private void failed(Throwable problem) {
        error.set(problem instanceof StoreException s ? s.messageIn(m.language()) : m.get("error.unexpected"));
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
