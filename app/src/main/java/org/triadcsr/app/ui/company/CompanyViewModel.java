package org.triadcsr.app.ui.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Problems;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * A company's profile, edited as text and checked field by field (the size class follows live, per Decree
 * 80/2021), and the timeline of its assessments with their scores.
 */
public final class CompanyViewModel {
    /** One assessment on the timeline. */
    public record TimelineRow(String assessmentId, String period, String status, String score, String rating,
                              boolean isFinal) {
    }

    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("general");
    private final StringProperty province = new SimpleStringProperty("");
    private final ObjectProperty<WageRegion> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Field> field = new SimpleObjectProperty<>(Field.INDUSTRY_CONSTRUCTION);
    private final StringProperty employees = new SimpleStringProperty("");
    private final StringProperty revenue = new SimpleStringProperty("");
    private final StringProperty capital = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sizeClass = new ReadOnlyStringWrapper();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<Company> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<Assessment> latest = new SimpleObjectProperty<>();

    public CompanyViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        for (var p : List.of(employees, revenue, capital)) {
            p.addListener((obs, old, now) -> updateSizeClass());
        }
        field.addListener((obs, old, now) -> updateSizeClass());
        updateSizeClass();
    }

    /** Shows the company (null: a new, empty one) and loads its timeline in the background. */
    public void show(String companyId) {
        timeline.clear();
        latest.set(null);
        error.set(null);
        status.set("");
        if (companyId == null) {
            fill(new Company(null, "", "general", "", CompanyProfile.unknown()));
            saved.set(null);
            latest.set(null);
            return;
        }
        tasks.run(() -> load(companyId), loaded -> {
            fill(loaded.company());
            saved.set(loaded.company());
            timeline.setAll(loaded.rows());
            latest.set(loaded.latest());
        }, p -> error.set(Problems.describe(p, m)));
    }

    private record Loaded(Company company, List<TimelineRow> rows, Assessment latest) {
    }

    private Loaded load(String companyId) {
        Company c = workspace.companies().find(companyId).orElseThrow(() -> new StoreException(
                StoreException.Reason.NOT_FOUND, "The company is no longer in this workspace."));
        List<TimelineRow> rows = new ArrayList<>();
        List<Assessment> all = new ArrayList<>(workspace.assessments().forCompany(companyId));
        all.sort(Comparator.comparing(Assessment::period).reversed());
        for (Assessment a : all) {
            ScoreCard card = WorkspaceScore.score(workspace, a.id()).card();
            rows.add(new TimelineRow(a.id(), a.period(), m.get("status." + a.status().id()),
                    card.overall() == null ? "—" : m.number(card.overall(), 1), m.get("rating." + card.rating().id()),
                    a.status() == org.triadcsr.model.portfolio.AssessmentStatus.FINAL));
        }
        return new Loaded(c, rows, all.isEmpty() ? null : all.get(0));
    }

    private void fill(Company c) {
        CompanyProfile p = c.profile() == null ? CompanyProfile.unknown() : c.profile();
        name.set(c.name());
        sector.set(c.sector());
        province.set(c.province() == null ? "" : c.province());
        region.set(p.region());
        field.set(p.field() == null ? Field.INDUSTRY_CONSTRUCTION : p.field());
        employees.set(p.employees() == null ? "" : String.valueOf(p.employees()));
        revenue.set(p.revenueBnVnd() == null ? "" : m.number(p.revenueBnVnd(), 3));
        capital.set(p.capitalBnVnd() == null ? "" : m.number(p.capitalBnVnd(), 3));
    }

    private void updateSizeClass() {
        CompanyProfile p = profileOrNull(false);
        sizeClass.set(p == null ? m.get("size.unknown") : m.get("size." + p.sizeClass().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The profile as typed; null (with {@link #errorProperty()} set if {@code report}) when a figure is not valid. */
    private CompanyProfile profileOrNull(boolean report) {
        Integer staff = null;
        if (!employees.get().isBlank()) {
            Double v = m.parseNumber(employees.get());
            if (v == null || v < 0 || v != Math.rint(v)) {
                return invalid(report, m.get("company.invalid.employees", employees.get()));
            }
            staff = v.intValue();
        }
        Double rev = figure(revenue.get());
        Double cap = figure(capital.get());
        if (rev != null && rev < 0 || !revenue.get().isBlank() && rev == null) {
            return invalid(report, m.get("company.invalid.money", revenue.get(), m.get("company.revenue")));
        }
        if (cap != null && cap < 0 || !capital.get().isBlank() && cap == null) {
            return invalid(report, m.get("company.invalid.money", capital.get(), m.get("company.capital")));
        }
        return new CompanyProfile(field.get(), staff, rev, cap, region.get());
    }

    private Double figure(String text) {
        return text.isBlank() ? null : m.parseNumber(text);
    }

    private CompanyProfile invalid(boolean report, String message) {
        if (report) {
            error.set(message);
        }
        return null;
    }

    /** Checks and saves the profile in the background; {@code after} gets the saved company. */
    public void save(java.util.function.Consumer<Company> after) {
        error.set(null);
        if (name.get() == null || name.get().isBlank()) {
            error.set(m.get("company.invalid.name"));
            return;
        }
        CompanyProfile profile = profileOrNull(true);
        if (profile == null) {
            return;
        }
        String id = saved.get() == null ? UUID.randomUUID().toString() : saved.get().id();
        Company company = new Company(id, name.get().strip(), sector.get(), province.get().strip(), profile);
        tasks.run(() -> workspace.companies().save(company), done -> {
            saved.set(done);
            status.set(m.get("company.saved"));
            after.accept(done);
        }, p -> error.set(Problems.describe(p, m)));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sectorProperty() {
        return sector;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public ObjectProperty<WageRegion> regionProperty() {
        return region;
    }

    public ObjectProperty<Field> fieldProperty() {
        return field;
    }

    public StringProperty employeesProperty() {
        return employees;
    }

    public StringProperty revenueProperty() {
        return revenue;
    }

    public StringProperty capitalProperty() {
        return capital;
    }

    public ReadOnlyStringProperty sizeClassProperty() {
        return sizeClass.getReadOnlyProperty();
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    /** The company as last saved; null for a new company not saved yet. */
    public ObjectProperty<Company> savedProperty() {
        return saved;
    }

    /** The company's most recent assessment (by period), the one a follow-up starts from; null if none. */
    public ObjectProperty<Assessment> latestProperty() {
        return latest;
    }

    public Messages messages() {
        return m;
    }
}
