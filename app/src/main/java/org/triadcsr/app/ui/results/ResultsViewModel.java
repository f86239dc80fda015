package org.triadcsr.app.ui.results;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.Rating;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * The results of one assessment as text the view binds to: overall TBL index, rating and why it is capped or
 * incomplete, completeness, flags first, topic scores and KPIs against their bands. Every number is the
 * {@link ScoreCard}'s, rounded only here for display (scores to whole points).
 */
public final class ResultsViewModel {
    /** A flag line: its severity word with the flag sign, the question, the legal basis, the compared figures. */
    public record FlagLine(String questionId, boolean critical, String severity, String question, String basis,
                           String figures) {
    }

    public record TopicLine(String topicId, String domain, String topic, String score) {
    }

    /** A KPI line; {@code band} is the band's word, {@code benchmark} its reference values, source and year. */
    public record KpiLine(String questionId, String question, String value, String band, String score,
                          String benchmark, String source) {
    }

    public record DomainLine(String domainId, String domain, String score, String completeness) {
    }

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ChartText text;
    private final StringProperty overall = new SimpleStringProperty("");
    private final StringProperty rating = new SimpleStringProperty("");
    private final StringProperty ratingNote = new SimpleStringProperty("");
    private final StringProperty completeness = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<AssessmentData> data = new SimpleObjectProperty<>();
    private final ObservableList<FlagLine> flags = FXCollections.observableArrayList();
    private final ObservableList<DomainLine> domains = FXCollections.observableArrayList();
    private final ObservableList<TopicLine> topics = FXCollections.observableArrayList();
    private final ObservableList<KpiLine> kpis = FXCollections.observableArrayList();

    public ResultsViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        this.text = ChartText.forLocale(messages.locale());
    }

    public void show(String assessmentId) {
        error.set(null);
        tasks.run(() -> AssessmentData.load(workspace, assessmentId), this::fill,
                e -> error.set(ErrorText.of(e, messages)));
    }

    private void fill(AssessmentData d) {
        ScoreCard card = d.card();
        Pack pack = d.pack();
        overall.set(text.score(card.overall()));
        rating.set(messages.get("results.rating." + card.rating().id()));
        ratingNote.set(ratingNote(card));
        completeness.set(text.percent(card.completeness()));
        flags.setAll(card.flags().stream()
                .sorted((a, b) -> Boolean.compare(b.severity() == Severity.CRITICAL, a.severity() == Severity.CRITICAL))
                .map(f -> flagLine(f, pack)).toList());
        domains.setAll(pack.domains().stream().map(dom -> {
            ScoreCard.DomainResult r = card.domain(dom.id()).orElseThrow();
            return new DomainLine(dom.id(), text.pack(dom.name()), text.score(r.score()), text.percent(r.completeness()));
        }).toList());
        topics.setAll(pack.domains().stream().flatMap(dom -> dom.topics().stream().map(t -> topicLine(dom, t, card))).toList());
        kpis.setAll(card.kpis().stream().map(k -> kpiLine(k, pack)).toList());
        data.set(d);
    }

    String ratingNote(ScoreCard card) {
        if (card.rating() == Rating.INCOMPLETE) {
            return messages.get("results.note.incomplete", text.percent(card.completeness()), text.percent(0.8));
        }
        if (card.ratingCappedByCriticalFlag()) {
            return messages.get("results.note.capped", card.criticalFlags().size());
        }
        return "";
    }

    private FlagLine flagLine(Flag f, Pack pack) {
        boolean critical = f.severity() == Severity.CRITICAL;
        String question = pack.question(f.questionId()).map(q -> text.pack(q.text())).orElse(f.questionId());
        String figures = f.value() == null ? "" : messages.get("results.flag.figures", text.number(f.value()),
                text.number(f.bound()));
        return new FlagLine(f.questionId(), critical, messages.get("results.flag." + f.severity().id()), question,
                text.pack(f.basis()), figures);
    }

    private TopicLine topicLine(Domain domain, Topic topic, ScoreCard card) {
        Double score = card.topic(topic.id()).map(ScoreCard.TopicResult::score).orElse(null);
        return new TopicLine(topic.id(), text.pack(domain.name()), text.pack(topic.name()), text.score(score));
    }

    private KpiLine kpiLine(ScoreCard.KpiResult k, Pack pack) {
        Question q = pack.question(k.id()).orElseThrow();
        Benchmark b = q.kpi().benchmark();
        String band = k.band() == null ? (k.value() != null && b == null ? messages.get("results.kpi.tracked") : "")
                : text.band(k.band());
        String benchmark = b == null ? "" : messages.get("results.kpi.benchmark", text.number(b.best()),
                text.number(b.typical()), text.number(b.poor()));
        String source = b == null ? "" : pack.source(b.sourceId()).map(s -> s.citation()).orElse(b.sourceId())
                + " (" + b.year() + ")";
        return new KpiLine(k.id(), text.pack(q.text()), text.value(k.value(), k.unit()), band, text.score(k.score()),
                benchmark, source);
    }

    public StringProperty overallProperty() {
        return overall;
    }

    public StringProperty ratingProperty() {
        return rating;
    }

    public StringProperty ratingNoteProperty() {
        return ratingNote;
    }

    public StringProperty completenessProperty() {
        return completeness;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The loaded assessment (null until loaded): the view draws its charts from it. */
    public ObjectProperty<AssessmentData> dataProperty() {
        return data;
    }

    public ObservableList<FlagLine> flags() {
        return flags;
    }

    public ObservableList<DomainLine> domains() {
        return domains;
    }

    public ObservableList<TopicLine> topics() {
        return topics;
    }

    public ObservableList<KpiLine> kpis() {
        return kpis;
    }

    public ChartText chartText() {
        return text;
    }

    Locale locale() {
        return messages.locale();
    }
}
