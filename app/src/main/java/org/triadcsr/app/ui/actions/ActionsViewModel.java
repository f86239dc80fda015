package org.triadcsr.app.ui.actions;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.triadcsr.app.report.chart.ChartText;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.app.ui.analysis.AssessmentData;
import org.triadcsr.app.ui.analysis.ErrorText;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.portfolio.ImprovementAction.ActionStatus;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * The action plan: the pack's suggested actions for every flag's topic and for the weakest topics, and the
 * company's own actions (owner, due date, status, cost, expected savings), filtered by status and domain, with
 * overdue ones marked.
 */
public final class ActionsViewModel {
    /** How many of the lowest-scoring topics get suggestions besides the flagged ones. */
    static final int WEAKEST_TOPICS = 3;

    public record Suggestion(String topicId, String packActionId, String reason, boolean flagged, String topic,
                             String action, String cost, String benefit, double costMin, String currency) {
    }

    public record ActionLine(String id, String title, String owner, String due, String status, String cost,
                             String savings, String domainId, String domain, ActionStatus statusValue, boolean overdue,
                             ImprovementAction action) {
    }

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ChartText text;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ActionLine> all = FXCollections.observableArrayList();
    private final FilteredList<ActionLine> shown = new FilteredList<>(all);
    private final ObjectProperty<ActionStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> domainFilter = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final Map<String, String> domainNames = new LinkedHashMap<>();
    private AssessmentData data;

    public ActionsViewModel(Workspace workspace, Messages messages, TaskRunner tasks, Clock clock) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        this.clock = clock;
        this.text = ChartText.forLocale(messages.locale());
        statusFilter.addListener((o, a, b) -> refilter());
        domainFilter.addListener((o, a, b) -> refilter());
    }

    public void show(String assessmentId) {
        error.set(null);
        tasks.run(() -> {
            AssessmentData d = AssessmentData.load(workspace, assessmentId);
            return Map.entry(d, workspace.progress().actions(d.company().id()));
        }, loaded -> {
            data = loaded.getKey();
            domainNames.clear();
            data.pack().domains().forEach(dom -> domainNames.put(dom.id(), text.pack(dom.name())));
            suggestions.setAll(suggest(data.pack(), data.card()));
            setActions(loaded.getValue());
        }, e -> error.set(ErrorText.of(e, messages)));
    }

    List<Suggestion> suggest(Pack pack, ScoreCard card) {
        List<Suggestion> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (Flag f : card.flags()) {
            Topic t = pack.topicOf(f.questionId());
            if (!done.contains(t.id())) {
                done.add(t.id());
                String reason = "\u2691 " + messages.get("results.flag." + f.severity().id()) + ": " + text.pack(f.basis());
                t.actions().forEach(a -> out.add(suggestion(t, a, reason, true)));
            }
        }
        card.topics().stream().filter(t -> t.score() != null && !done.contains(t.id()))
                .sorted(Comparator.comparingDouble(ScoreCard.TopicResult::score)).limit(WEAKEST_TOPICS)
                .forEach(r -> {
                    Topic t = topic(pack, r.id());
                    String reason = messages.get("actions.reason.weak", text.score(r.score()));
                    t.actions().forEach(a -> out.add(suggestion(t, a, reason, false)));
                });
        return out;
    }

    private Suggestion suggestion(Topic t, Action a, String reason, boolean flagged) {
        String cost = text.money(a.costMin(), a.currency()) + (a.costMax() == a.costMin() ? ""
                : " \u2013 " + text.money(a.costMax(), a.currency()));
        return new Suggestion(t.id(), a.id(), reason, flagged, text.pack(t.name()), text.pack(a.text()), cost,
                text.pack(a.benefit()), a.costMin(), a.currency());
    }

    private static Topic topic(Pack pack, String topicId) {
        for (Domain d : pack.domains()) {
            for (Topic t : d.topics()) {
                if (t.id().equals(topicId)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException(topicId);
    }

    private void setActions(List<ImprovementAction> actions) {
        LocalDate today = LocalDate.now(clock);
        all.setAll(actions.stream().sorted(Comparator.comparing(ImprovementAction::due,
                Comparator.nullsLast(Comparator.naturalOrder()))).map(a -> line(a, today)).toList());
        refilter();
    }

    private ActionLine line(ImprovementAction a, LocalDate today) {
        String domainId = domainOf(a.topicOrQuestionId());
        boolean overdue = a.due() != null && a.due().isBefore(today)
                && (a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.IN_PROGRESS);
        return new ActionLine(a.id(), a.title(), a.owner() == null ? "" : a.owner(), text.date(a.due()),
                messages.get("actions.status." + a.status().id()) + (overdue ? " \u00b7 " + messages.get("actions.overdue") : ""),
                text.money(a.cost(), a.currency()), text.money(a.expectedSavings(), a.currency()), domainId,
                domainNames.getOrDefault(domainId, ""), a.status(), overdue, a);
    }

    private String domainOf(String topicOrQuestionId) {
        if (data == null || topicOrQuestionId == null) {
            return null;
        }
        for (Domain d : data.pack().domains()) {
            for (Topic t : d.topics()) {
                if (t.id().equals(topicOrQuestionId) || t.questions().stream().anyMatch(q -> q.id().equals(topicOrQuestionId))) {
                    return d.id();
                }
            }
        }
        return null;
    }

    private void refilter() {
        ActionStatus s = statusFilter.get();
        String d = domainFilter.get();
        shown.setPredicate(l -> (s == null || l.statusValue() == s) && (d == null || d.equals(l.domainId())));
    }

    /** Adds a suggested action to the plan as planned, with the pack's lower cost and no owner or date yet. */
    public void adopt(Suggestion s) {
        save(new ImprovementAction(UUID.randomUUID().toString(), s.action(), "", null, ActionStatus.PLANNED,
                s.costMin(), null, s.currency(), s.topicId(), s.packActionId()));
    }

    /**
     * Adds or edits an action from the form's texts; numbers in the user's form. A missing title, or a cost or
     * saving that is not a number of at least 0, is refused with a message and nothing is saved.
     */
    public boolean save(String id, String title, String owner, LocalDate due, ActionStatus status, String costText,
                        String savingsText, String topicId, String packActionId) {
        Double cost = amount(costText);
        Double savings = amount(savingsText);
        if (title == null || title.isBlank()) {
            error.set(messages.get("actions.invalid.title"));
            return false;
        }
        if (cost != null && cost.isNaN() || savings != null && savings.isNaN()) {
            error.set(messages.get("actions.invalid.amount", cost != null && cost.isNaN() ? costText : savingsText));
            return false;
        }
        save(new ImprovementAction(id == null ? UUID.randomUUID().toString() : id, title.strip(), owner, due,
                status == null ? ActionStatus.PLANNED : status, cost, savings, "VND", topicId, packActionId));
        return true;
    }

    private void save(ImprovementAction a) {
        error.set(null);
        String companyId = data.company().id();
        tasks.run(() -> {
            workspace.progress().saveAction(companyId, a);
            return workspace.progress().actions(companyId);
        }, this::setActions, e -> error.set(ErrorText.of(e, messages)));
    }

    /** Null for an empty text, NaN for one that is not a number ≥ 0 in the user's form. */
    Double amount(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(s.strip(), pos);
        if (n == null || pos.getIndex() != s.strip().length() || n.doubleValue() < 0 || !Double.isFinite(n.doubleValue())) {
            return Double.NaN;
        }
        return n.doubleValue();
    }

    /** An amount as the form shows it for editing: the user's number form, no grouping. */
    public String plain(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** The company's actions after the filters. */
    public ObservableList<ActionLine> actions() {
        return shown;
    }

    public ObjectProperty<ActionStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> domainFilterProperty() {
        return domainFilter;
    }

    public Map<String, String> domainNames() {
        return domainNames;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
