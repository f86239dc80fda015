package org.triadcsr.app.ui.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Problems;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackProblem;
import org.triadcsr.model.pack.PackReader;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.packs.BundledPacks;

/**
 * Starting an assessment: a bundled pack or a pack file (validated, its problems listed with their lines), the
 * period and assessor, or a follow-up that copies the previous assessment's answers into a new draft.
 */
public final class NewAssessmentViewModel {
    /** A pack the user can pick, with the JSON the workspace keeps a copy of. */
    public record PackChoice(Pack pack, byte[] json, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final ObservableList<PackChoice> packs = FXCollections.observableArrayList();
    private final ObjectProperty<PackChoice> pack = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty period = new SimpleStringProperty(String.valueOf(Year.now().getValue()));
    private final StringProperty assessor = new SimpleStringProperty("");
    private final BooleanProperty followUp = new SimpleBooleanProperty();
    private final BooleanProperty canFollowUp = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private String previousId;

    public NewAssessmentViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
    }

    /** Loads the bundled packs in the background and preselects the one for the company's sector. */
    public void prepare(String sector, Assessment previous) {
        previousId = previous == null ? null : previous.id();
        canFollowUp.set(previous != null);
        followUp.set(previous != null);
        problems.clear();
        error.set(null);
        if (previous != null) {
            try {
                period.set(String.valueOf(Integer.parseInt(previous.period().strip()) + 1));
            } catch (NumberFormatException e) {
                period.set(String.valueOf(Year.now().getValue()));
            }
            assessor.set(previous.assessor() == null ? "" : previous.assessor());
        }
        tasks.run(() -> {
            List<PackChoice> list = new ArrayList<>();
            for (Pack p : BundledPacks.all()) {
                list.add(new PackChoice(p, BundledPacks.json(p.id()), label(p)));
            }
            return list;
        }, list -> {
            packs.setAll(list);
            pack.set(list.stream().filter(c -> c.pack().sector().equals(sector)).findFirst()
                    .orElse(list.stream().filter(c -> c.pack().id().equals("general-sme")).findFirst().orElse(list.get(0))));
        }, p -> error.set(Problems.describe(p, m)));
    }

    private String label(Pack p) {
        return m.get("newAssessment.packLine", p.name().in(m.language()), p.version());
    }

    /** Reads and validates a pack file in the background; a valid one is added to the list and chosen. */
    public void choosePackFile(Path file) {
        problems.clear();
        tasks.run(() -> {
            try {
                byte[] json = Files.readAllBytes(file);
                return new PackChoice(PackReader.read(json, file.getFileName().toString()), json, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (PackInvalidException e) {
                return new PackChoice(null, null, String.join("\n", e.problems().stream().map(this::problem).toList()));
            }
        }, choice -> {
            if (choice.pack() == null) {
                problems.setAll(choice.label().split("\n"));
                return;
            }
            PackChoice labelled = new PackChoice(choice.pack(), choice.json(), label(choice.pack()) + " · " + file.getFileName());
            packs.add(labelled);
            pack.set(labelled);
            followUp.set(false);
        }, p -> problems.setAll(m.get("newAssessment.fileUnreadable", file.getFileName())));
    }

    private String problem(PackProblem p) {
        return m.get("newAssessment.problem", p.line(), p.column(), p.pointer().isEmpty() ? "/" : p.pointer(), p.message());
    }

    /** Creates the draft in the background and hands its id on. */
    public void start(String companyId, Consumer<String> opened) {
        error.set(null);
        String when = period.get() == null ? "" : period.get().strip();
        if (when.isEmpty()) {
            error.set(m.get("newAssessment.periodNeeded"));
            return;
        }
        String who = assessor.get() == null ? "" : assessor.get().strip();
        boolean copy = followUp.get() && previousId != null;
        PackChoice chosen = pack.get();
        if (!copy && chosen == null) {
            error.set(m.get("newAssessment.packNeeded"));
            return;
        }
        tasks.run(() -> {
            if (copy) {
                return workspace.assessments().followUp(previousId, when, who).id();
            }
            Pack kept = workspace.packs().store(chosen.json());
            return workspace.assessments().create(companyId, kept.id(), kept.version(), when, who).id();
        }, opened, p -> error.set(Problems.describe(p, m)));
    }

    public ObservableList<PackChoice> packs() {
        return packs;
    }

    public ObjectProperty<PackChoice> packProperty() {
        return pack;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public StringProperty assessorProperty() {
        return assessor;
    }

    public BooleanProperty followUpProperty() {
        return followUp;
    }

    public BooleanProperty canFollowUpProperty() {
        return canFollowUp;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public Messages messages() {
        return m;
    }
}
