package org.triadcsr.app.ui.progress;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.report.chart.ChartText;
import org.triadcsr.app.report.chart.KpiTrendChart;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.app.ui.analysis.AssessmentData;
import org.triadcsr.app.ui.analysis.ErrorText;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * Progress of a company: the shown assessment against any earlier one of the same pack (deltas per domain,
 * topic and KPI, from {@link Progress}), every assessment on the KPI trend, and the company's KPI targets with
 * their attainment against the baseline (the company's first assessment of the pack).
 */
public final class ProgressViewModel {
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A delta line: domain, topic or KPI; {@code earlier}/{@code later} as shown, {@code delta} signed. */
    public record DeltaLine(String id, String kind, String name, String earlier, String later, String delta) {
    }

    public record TargetLine(String targetId, String kpiQuestionId, String kpi, String baseline, String current,
                             String target, String due, String attainment) {
    }

    /** What the trend and delta charts are drawn from. */
    public record Charts(Pack pack, Progress progress, String earlierPeriod, String laterPeriod,
                         List<KpiTrendChart.Point> points, List<Target> targets) {
    }

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ChartText text;
    private final ObservableList<Choice> earlierChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> earlier = new SimpleObjectProperty<>();
    private final ObservableList<DeltaLine> deltas = FXCollections.observableArrayList();
    private final ObservableList<TargetLine> targets = FXCollections.observableArrayList();
    private final ObservableList<Choice> kpiChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Charts> charts = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private String assessmentId;
    private List<AssessmentData> history = List.of();

    public ProgressViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        this.text = ChartText.forLocale(messages.locale());
    }

    /** Loads the company's assessments of the same pack and compares with the one just before. */
    public void show(String id) {
        this.assessmentId = id;
        error.set(null);
        tasks.run(() -> history(id), loaded -> {
            history = loaded;
            AssessmentData current = current();
            List<Choice> before = new ArrayList<>();
            for (AssessmentData d : loaded) {
                if (d == current) {
                    break;
                }
                before.add(new Choice(d.assessment().id(), d.assessment().period()));
            }
            earlierChoices.setAll(before);
            kpiChoices.setAll(current.card().kpis().stream().map(k -> new Choice(k.id(),
                    text.pack(current.pack().question(k.id()).orElseThrow().text()))).toList());
            compareWith(before.isEmpty() ? null : before.get(before.size() - 1));
            loadTargets();
        }, e -> error.set(ErrorText.of(e, messages)));
    }

    private List<AssessmentData> history(String id) {
        Assessment shown = workspace.assessments().find(id).orElseThrow();
        return workspace.assessments().forCompany(shown.companyId()).stream()
                .filter(a -> a.packId().equals(shown.packId()))
                .sorted(Comparator.comparing(Assessment::period).thenComparing(Assessment::createdAt))
                .map(a -> AssessmentData.load(workspace, a.id())).toList();
    }

    private AssessmentData current() {
        return history.stream().filter(d -> d.assessment().id().equals(assessmentId)).findFirst().orElseThrow();
    }

    /** Compares the shown assessment with {@code choice} (null: nothing earlier, so no deltas). */
    public void compareWith(Choice choice) {
        earlier.set(choice);
        AssessmentData later = current();
        List<KpiTrendChart.Point> points = history.stream()
                .map(d -> new KpiTrendChart.Point(d.assessment().period(), d.card())).toList();
        if (choice == null) {
            deltas.clear();
            summary.set(messages.get("progress.none"));
            charts.set(new Charts(later.pack(), null, null, later.assessment().period(), points, List.of()));
            return;
        }
        AssessmentData before = history.stream().filter(d -> d.assessment().id().equals(choice.id()))
                .findFirst().orElseThrow();
        Progress p = Progress.between(before.card(), later.card());
        Pack pack = later.pack();
        List<DeltaLine> lines = new ArrayList<>();
        lines.add(new DeltaLine("overall", messages.get("progress.kind.overall"), messages.get("progress.overall"),
                text.score(before.card().overall()), text.score(later.card().overall()), text.delta(p.overallDelta())));
        pack.domains().forEach(dom -> p.domains().stream().filter(x -> x.id().equals(dom.id())).findFirst().ifPresent(x ->
                lines.add(delta(x, messages.get("progress.kind.domain"), text.pack(dom.name())))));
        pack.domains().forEach(dom -> dom.topics().forEach(t -> p.topics().stream().filter(x -> x.id().equals(t.id()))
                .findFirst().ifPresent(x -> lines.add(delta(x, messages.get("progress.kind.topic"), text.pack(t.name()))))));
        for (Progress.KpiChange k : p.kpis()) {
            String unit = later.card().kpi(k.id()).map(ScoreCard.KpiResult::unit).orElse("");
            String change = k.changePercent() == null ? ChartText.UNDEFINED : text.delta(k.changePercent()) + "\u00a0%";
            lines.add(new DeltaLine(k.id(), messages.get("progress.kind.kpi"),
                    text.pack(pack.question(k.id()).orElseThrow().text()), text.value(k.earlier(), unit),
                    text.value(k.later(), unit), change));
        }
        deltas.setAll(lines);
        summary.set(messages.get("progress.summary", choice.label(), later.assessment().period(),
                text.delta(p.overallDelta())));
        charts.set(new Charts(pack, p, choice.label(), later.assessment().period(), points,
                charts.get() == null ? List.of() : charts.get().targets()));
    }

    private DeltaLine delta(Progress.Delta d, String kind, String name) {
        return new DeltaLine(d.id(), kind, name, text.score(d.earlier()), text.score(d.later()), text.delta(d.delta()));
    }

    private void loadTargets() {
        String companyId = current().company().id();
        tasks.run(() -> workspace.progress().targets(companyId), list -> {
            AssessmentData baseline = history.get(0);
            AssessmentData now = current();
            targets.setAll(list.stream().map(t -> targetLine(t, baseline, now)).toList());
            Charts c = charts.get();
            if (c != null) {
                charts.set(new Charts(c.pack(), c.progress(), c.earlierPeriod(), c.laterPeriod(), c.points(), list));
            }
        }, e -> error.set(ErrorText.of(e, messages)));
    }

    private TargetLine targetLine(Target t, AssessmentData baseline, AssessmentData now) {
        Double v0 = baseline.card().kpi(t.kpiQuestionId()).map(ScoreCard.KpiResult::value).orElse(null);
        Double v = now.card().kpi(t.kpiQuestionId()).map(ScoreCard.KpiResult::value).orElse(null);
        String unit = now.card().kpi(t.kpiQuestionId()).map(ScoreCard.KpiResult::unit).orElse("");
        String name = now.pack().question(t.kpiQuestionId()).map(q -> text.pack(q.text())).orElse(t.kpiQuestionId());
        return new TargetLine(t.id(), t.kpiQuestionId(), name, text.value(v0, unit), text.value(v, unit),
                text.value(t.value(), unit), text.date(t.due()), text.percent(t.attainment(v0, v)));
    }

    /**
     * Sets (or, with {@code targetId}, edits) the target of a KPI. The value is read in the user's number form;
     * a value that is not a number, or a missing KPI or date, is refused with a message and nothing is saved.
     */
    public boolean saveTarget(String targetId, String kpiQuestionId, String valueText, LocalDate due) {
        Double value = parse(valueText);
        if (kpiQuestionId == null || value == null || due == null) {
            error.set(messages.get("progress.target.invalid", valueText == null ? "" : valueText));
            return false;
        }
        error.set(null);
        String companyId = current().company().id();
        Target t = new Target(targetId == null ? UUID.randomUUID().toString() : targetId, kpiQuestionId, value, due, "");
        tasks.run(() -> {
            workspace.progress().saveTarget(companyId, t);
            return t;
        }, saved -> loadTargets(), e -> error.set(ErrorText.of(e, messages)));
        return true;
    }

    /** A number in the user's form ("1.234,5" in Vietnamese), the whole text or nothing. */
    Double parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(s.strip(), pos);
        return n == null || pos.getIndex() != s.strip().length() || !Double.isFinite(n.doubleValue()) ? null : n.doubleValue();
    }

    public ObservableList<Choice> earlierChoices() {
        return earlierChoices;
    }

    public ObjectProperty<Choice> earlierProperty() {
        return earlier;
    }

    public ObservableList<DeltaLine> deltas() {
        return deltas;
    }

    public ObservableList<TargetLine> targets() {
        return targets;
    }

    public ObservableList<Choice> kpiChoices() {
        return kpiChoices;
    }

    public ObjectProperty<Charts> chartsProperty() {
        return charts;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ChartText chartText() {
        return text;
    }
}
