package org.triadcsr.app.ui.improvements;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.report.chart.ChartText;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.app.ui.analysis.AssessmentData;
import org.triadcsr.app.ui.analysis.ErrorText;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.improvement.Improvement;
import org.triadcsr.model.improvement.ImprovementRanking;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;

/**
 * "What moves the score most": the ranking computed in the model ({@link ImprovementRanking}), as lines to show
 * beside the pack's suggested actions and their cost. Gains are shown to one decimal with their sign.
 */
public final class ImprovementsViewModel {
    /** One ranked step. {@code gain} is the overall points gained; {@code flags} names the flags it clears. */
    public record Line(int rank, String questionId, String topic, String question, String step, String gain,
                       double gainPoints, String flags, boolean clearsCritical, String actions) {
    }

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ChartText text;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();

    public ImprovementsViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        this.text = ChartText.forLocale(messages.locale());
    }

    public void show(String assessmentId) {
        error.set(null);
        tasks.run(() -> {
            AssessmentData d = AssessmentData.load(workspace, assessmentId);
            return lines(d, ImprovementRanking.rank(d.pack(), d.answers(), d.company().profile()));
        }, result -> {
            lines.setAll(result);
            summary.set(result.isEmpty() ? messages.get("improvements.none") : messages.get("improvements.summary", result.size()));
        }, e -> error.set(ErrorText.of(e, messages)));
    }

    private List<Line> lines(AssessmentData d, List<Improvement> ranked) {
        Pack pack = d.pack();
        List<Line> out = new java.util.ArrayList<>();
        for (Improvement i : ranked) {
            Question q = pack.question(i.questionId()).orElseThrow();
            String flags = i.clearedFlags().stream().map(f -> "\u2691 " + messages.get("results.flag." + f.severity().id()))
                    .collect(Collectors.joining(", "));
            out.add(new Line(out.size() + 1, i.questionId(), text.pack(pack.topicOf(q.id()).name()), text.pack(q.text()),
                    step(q, i), text.delta(i.gain()), i.gain(),
                    flags.isEmpty() ? "" : messages.get("improvements.clears", flags), i.clearsCriticalFlag(),
                    actions(i.actions())));
        }
        return out;
    }

    /** The step in words: "level 2 → 3", "no → partial", "answer: yes", "value 200 → 100 L/kg". */
    String step(Question q, Improvement i) {
        String to = answerWords(q, i.to());
        return i.step() == Improvement.Step.ANSWER ? messages.get("improvements.step.answer", to)
                : messages.get("improvements.step.next", answerWords(q, i.from()), to);
    }

    private String answerWords(Question q, AnswerValue v) {
        if (v instanceof AnswerValue.Level l) {
            return messages.get("improvements.level", l.level());
        }
        if (v instanceof AnswerValue.YesNo yn) {
            return messages.get("improvements.yesno." + yn.answer());
        }
        if (v instanceof AnswerValue.Choice c && q.option(c.optionId()) != null) {
            return text.pack(q.option(c.optionId()).text());
        }
        if (v instanceof AnswerValue.KpiInputs inputs) {
            return text.value(org.triadcsr.model.scoring.KpiValue.of(q.kpi(), inputs).value(), q.kpi().unit());
        }
        return ChartText.UNDEFINED;
    }

    private String actions(List<Action> actions) {
        return actions.stream().map(a -> text.pack(a.text()) + " (" + cost(a) + ")").collect(Collectors.joining("\n"));
    }

    String cost(Action a) {
        if (a.costMin() == a.costMax()) {
            return text.money(a.costMin(), a.currency());
        }
        return text.money(a.costMin(), a.currency()).replace(" " + a.currency(), "") + "\u2013" + text.money(a.costMax(), a.currency());
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
