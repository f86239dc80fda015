package org.triadcsr.app.ui.questionnaire;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValidator;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.answer.InvalidAnswerException;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.Scorer;

/**
 * The questionnaire of one assessment: navigation with completeness, the answer on screen and its autosave.
 * Every edit is checked first (an invalid one is explained and never saved), then saved in the background.
 */
public final class QuestionnaireViewModel {
    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final AnswerEditor editor = new AnswerEditor();
    private final EvidenceViewModel evidence;
    private final ObservableList<NavLine> nav = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty questionText = new SimpleStringProperty("");
    private final ObjectProperty<HelpText> help = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty kpiValue = new SimpleStringProperty("");
    private final StringProperty flag = new SimpleStringProperty();
    private final StringProperty saveStatus = new SimpleStringProperty("");
    private final BooleanProperty saveFailed = new SimpleBooleanProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private QuestionnaireData data;
    private Map<String, Answer> answers = new HashMap<>();
    private boolean showing;

    public QuestionnaireViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        this.evidence = new EvidenceViewModel(workspace, messages, tasks);
        ChangeListener<Object> edited = (obs, old, now) -> edited();
        editor.levelProperty().addListener(edited);
        editor.yesNoProperty().addListener(edited);
        editor.choiceProperty().addListener(edited);
        editor.notApplicableProperty().addListener(edited);
        editor.naReasonProperty().addListener(edited);
        editor.noteProperty().addListener(edited);
    }

    /** Loads the assessment in the background and shows its first unanswered question. */
    public void show(String assessmentId) {
        loaded.set(false);
        tasks.run(() -> QuestionnaireData.load(workspace, assessmentId), this::loaded, this::storeFailed);
    }

    private void loaded(QuestionnaireData loadedData) {
        data = loadedData;
        answers = new HashMap<>(loadedData.answers());
        readOnly.set(loadedData.assessment().status() == AssessmentStatus.FINAL);
        evidence.reset(loadedData.assessment().id(), loadedData.evidence(), readOnly.get());
        saveStatus.set("");
        saveFailed.set(false);
        refreshNav();
        List<Question> all = questions();
        int first = 0;
        for (int i = 0; i < all.size(); i++) {
            if (!answers.containsKey(all.get(i).id())) {
                first = i;
                break;
            }
        }
        index.set(-1);
        goTo(readOnly.get() ? 0 : first);
        loaded.set(true);
    }

    private List<Question> questions() {
        return data == null ? List.of() : data.pack().questions();
    }

    public void goTo(int i) {
        List<Question> all = questions();
        if (all.isEmpty() || i < 0 || i >= all.size()) {
            return;
        }
        index.set(i);
        Question q = all.get(i);
        Topic topic = data.pack().topicOf(q.id());
        int inTopic = topic.questions().indexOf(q) + 1;
        position.set(m.get("questionnaire.position", topic.name().in(m.language()), inTopic, topic.questions().size(),
                i + 1, all.size()));
        questionText.set(q.text().in(m.language()));
        help.set(HelpText.of(q, m));
        error.set(null);
        showing = true;
        try {
            editor.show(q, answers.get(q.id()), m);
            editor.kpiFields().forEach(this::listen);
        } finally {
            showing = false;
        }
        evidence.showQuestion(q.id());
        updateKpiValue();
        updateFlag();
    }

    private void listen(KpiField f) {
        ChangeListener<Object> edited = (obs, old, now) -> edited();
        f.annualProperty().addListener(edited);
        f.monthlyProperty().addListener(edited);
        f.months().forEach(p -> p.addListener(edited));
    }

    public void next() {
        goTo(index.get() + 1);
    }

    public void previous() {
        goTo(index.get() - 1);
    }

    public void nextTopic() {
        moveTopic(1);
    }

    public void previousTopic() {
        moveTopic(-1);
    }

    private void moveTopic(int step) {
        List<NavLine> topics = nav.stream().filter(l -> l.depth() == 1).toList();
        Question q = current();
        if (q == null) {
            return;
        }
        String here = data.pack().topicOf(q.id()).id();
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).id().equals(here) && i + step >= 0 && i + step < topics.size()) {
                goTo(topics.get(i + step).firstQuestion());
                return;
            }
        }
    }

    /** Shows the first question whose text contains {@code text}, after the current one, wrapping round. */
    public boolean find(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String needle = text.strip().toLowerCase(m.locale());
        List<Question> all = questions();
        for (int step = 1; step <= all.size(); step++) {
            int i = Math.floorMod(index.get() + step, all.size());
            Question q = all.get(i);
            if (q.text().in(m.language()).toLowerCase(m.locale()).contains(needle) || q.id().contains(needle)) {
                goTo(i);
                return true;
            }
        }
        return false;
    }

    public Question current() {
        int i = index.get();
        return i < 0 || i >= questions().size() ? null : questions().get(i);
    }

    /** Keyboard answers: 0–4 for a maturity level, Y/N/P for yes/no/partial; false if the key does not apply. */
    public boolean answerKey(String key) {
        Question q = current();
        if (q == null || readOnly.get() || editor.notApplicableProperty().get()) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT);
        if (q.kind() == QuestionKind.MATURITY && k.matches("[0-4]")) {
            editor.levelProperty().set(Integer.parseInt(k));
            return true;
        }
        if (q.kind() == QuestionKind.YESNO) {
            String answer = switch (k) {
                case "y" -> "yes";
                case "n" -> "no";
                case "p" -> q.partialAllowed() ? "partial" : null;
                default -> null;
            };
            if (answer != null) {
                editor.yesNoProperty().set(answer);
                return true;
            }
        }
        return false;
    }

    /** Removes the answer to the question on screen. */
    public void clearAnswer() {
        Question q = current();
        if (q == null || readOnly.get()) {
            return;
        }
        String assessmentId = data.assessment().id();
        tasks.run(() -> {
            workspace.answers().clear(assessmentId, q.id());
            return q.id();
        }, id -> {
            answers.remove(id);
            saved();
            if (q.equals(current())) {
                goTo(index.get());
            }
        }, this::storeFailed);
    }

    private void edited() {
        if (showing || data == null) {
            return;
        }
        Question q = current();
        if (readOnly.get()) {
            return;
        }
        updateKpiValue();
        AnswerValue value = editor.value(m);
        if (value == null) {
            error.set(q.kind() == QuestionKind.KPI && editor.kpiHasError() ? m.get("answer.notSaved.figure")
                    : (editor.noteProperty().get().isBlank() ? null : m.get("answer.noteNeedsAnswer")));
            return;
        }
        if (value instanceof AnswerValue.KpiInputs k && k.inputs().isEmpty()) {
            error.set(null);
            if (answers.containsKey(q.id())) {
                clearAnswer();
            }
            return;
        }
        try {
            AnswerValidator.check(q, value);
        } catch (InvalidAnswerException e) {
            error.set(e.messageIn(m.language()));
            return;
        }
        error.set(null);
        Answer answer = new Answer(q.id(), value, editor.noteProperty().get());
        String assessmentId = data.assessment().id();
        tasks.run(() -> {
            workspace.answers().save(assessmentId, answer);
            return answer;
        }, done -> {
            answers.put(done.questionId(), done);
            saved();
        }, this::storeFailed);
    }

    private void saved() {
        saveFailed.set(false);
        saveStatus.set(m.get("save.saved", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"))));
        refreshNav();
        updateFlag();
    }

    private void storeFailed(Throwable problem) {
        String message = problem instanceof StoreException s ? s.messageIn(m.language()) : m.get("error.unexpected");
        saveFailed.set(true);
        saveStatus.set(m.get("save.failed"));
        error.set(m.get("save.failed.detail", message));
    }

    private Set<String> flagged() {
        return flags().stream().map(Flag::questionId).collect(Collectors.toSet());
    }

    private List<Flag> flags() {
        return Scorer.score(data.pack(), Answers.of(answers.values()), data.profile(), data.assessment().id(),
                data.company().id()).flags();
    }

    private void refreshNav() {
        nav.setAll(Completeness.lines(data.pack(), answers, data.profile().sizeClass(), flagged(), m.language()));
    }

    private void updateFlag() {
        Question q = current();
        flag.set(q == null ? null : flags().stream().filter(f -> f.questionId().equals(q.id())).findFirst()
                .map(f -> m.get("flag." + f.severity().id()) + " " + f.basis().in(m.language())).orElse(null));
    }

    private void updateKpiValue() {
        Question q = current();
        if (q == null || q.kind() != QuestionKind.KPI) {
            kpiValue.set("");
            return;
        }
        kpiValue.set(KpiPreview.of(data.pack(), q.kpi(), KpiEntry.read(editor.kpiFields(), m), m));
    }

    public AnswerEditor editor() {
        return editor;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public ObservableList<NavLine> nav() {
        return nav;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty questionTextProperty() {
        return questionText;
    }

    public ObjectProperty<HelpText> helpProperty() {
        return help;
    }

    /** Why the last edit was not saved, in the user's language; null when it was. */
    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty kpiValueProperty() {
        return kpiValue;
    }

    /** The flag the answer on screen raises, with its legal basis; null if none. */
    public StringProperty flagProperty() {
        return flag;
    }

    public StringProperty saveStatusProperty() {
        return saveStatus;
    }

    public BooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public Messages messages() {
        return m;
    }

    /** The option labels of a choice question, by id, in the user's language. */
    public Map<String, String> options(Question q) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        q.options().forEach(o -> labels.put(o.id(), o.text().in(m.language())));
        return labels;
    }

    public List<String> levelDescriptions(Question q) {
        return q.levels().stream().map(t -> t.in(m.language())).toList();
    }
}
