package org.triadcsr.app.ui.questionnaire;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;

/**
 * The editable answer to the question on screen: the chosen level, yes/no, option or typed KPI figures, N/A with
 * its reason, and the note. {@link #value()} turns it into an answer value, or null while nothing is chosen.
 */
public final class AnswerEditor {
    private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
    private final IntegerProperty level = new SimpleIntegerProperty(-1);
    private final StringProperty yesNo = new SimpleStringProperty();
    private final StringProperty choice = new SimpleStringProperty();
    private final ObservableList<KpiField> kpiFields = FXCollections.observableArrayList();
    private final BooleanProperty notApplicable = new SimpleBooleanProperty();
    private final StringProperty naReason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    /** Shows the saved answer (or none) of {@code q}. */
    void show(Question q, Answer saved, Messages m) {
        AnswerValue v = saved == null ? null : saved.value();
        level.set(v instanceof AnswerValue.Level l ? l.level() : -1);
        yesNo.set(v instanceof AnswerValue.YesNo yn ? yn.answer() : null);
        choice.set(v instanceof AnswerValue.Choice c ? c.optionId() : null);
        notApplicable.set(v instanceof AnswerValue.NotApplicable);
        naReason.set(v instanceof AnswerValue.NotApplicable na ? na.reason() : "");
        note.set(saved == null ? "" : saved.note());
        List<KpiField> fields = q.kind() == QuestionKind.KPI ? KpiEntry.fieldsFor(q.kpi().inputs(), m.language()) : List.of();
        KpiEntry.show(fields, v instanceof AnswerValue.KpiInputs k ? k : null, m);
        kpiFields.setAll(fields);
        question.set(q);
    }

    /** The answer value as edited; null while nothing is chosen or a typed figure cannot be read. */
    AnswerValue value(Messages m) {
        Question q = question.get();
        if (notApplicable.get()) {
            return new AnswerValue.NotApplicable(naReason.get());
        }
        return switch (q.kind()) {
            case MATURITY -> level.get() < 0 ? null : new AnswerValue.Level(level.get());
            case YESNO -> yesNo.get() == null ? null : new AnswerValue.YesNo(yesNo.get());
            case CHOICE -> choice.get() == null ? null : new AnswerValue.Choice(choice.get());
            case KPI -> KpiEntry.read(kpiFields, m);
        };
    }

    boolean kpiHasError() {
        return kpiFields.stream().anyMatch(f -> f.errorProperty().get() != null);
    }

    public ObjectProperty<Question> questionProperty() {
        return question;
    }

    public IntegerProperty levelProperty() {
        return level;
    }

    public StringProperty yesNoProperty() {
        return yesNo;
    }

    public StringProperty choiceProperty() {
        return choice;
    }

    public ObservableList<KpiField> kpiFields() {
        return kpiFields;
    }

    public BooleanProperty notApplicableProperty() {
        return notApplicable;
    }

    public StringProperty naReasonProperty() {
        return naReason;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
