package org.triadcsr.app.ui.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triadcsr.model.pack.KpiInput;

/**
 * What the user has typed for one KPI input: one annual figure, or twelve months. Kept as text, so a figure
 * that is not a number yet stays on screen beside its explanation and is never saved.
 */
public final class KpiField {
    private final KpiInput input;
    private final String label;
    private final BooleanProperty monthly = new SimpleBooleanProperty();
    private final StringProperty annual = new SimpleStringProperty("");
    private final List<StringProperty> months = new ArrayList<>();
    private final StringProperty error = new SimpleStringProperty();

    KpiField(KpiInput input, String label) {
        this.input = input;
        this.label = label;
        for (int i = 0; i < 12; i++) {
            months.add(new SimpleStringProperty(""));
        }
    }

    public KpiInput input() {
        return input;
    }

    public String label() {
        return label;
    }

    public BooleanProperty monthlyProperty() {
        return monthly;
    }

    public StringProperty annualProperty() {
        return annual;
    }

    public List<StringProperty> months() {
        return Collections.unmodifiableList(months);
    }

    /** Why this input's figure is not saved, in the user's language; null while it is fine. */
    public StringProperty errorProperty() {
        return error;
    }
}
