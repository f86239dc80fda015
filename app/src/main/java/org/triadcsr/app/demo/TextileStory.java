package org.triadcsr.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.portfolio.ImprovementAction.ActionStatus;
import org.triadcsr.model.progress.Target;

/**
 * The textile demo company's year: a final baseline last year with overtime above the legal 40 hours a month
 * (a critical flag), and this year's draft follow-up with the overtime fixed and a few answers still open; a
 * photo, a permit about to expire, targets and actions.
 */
final class TextileStory {
    static final String OVERTIME = "soc.hours.overtime-month";
    /** Questions the follow-up has not answered yet, so its completeness shows work left. */
    static final Set<String> STILL_OPEN = Set.of("prd.quality.dhu", "prd.labour.line-efficiency",
            "prd.materials.marker-efficiency", "prd.training.hours-per-worker");
    static final List<String> IMPROVED = List.of("env.water.metering", "soc.ohs.risk-assessment", "prd.5s.practice",
            "env.energy.metering");

    private final Workspace workspace;
    private final Pack pack;
    private final Company company;
    private final DemoTexts texts;
    private final LocalDate today;

    TextileStory(Workspace workspace, Pack pack, Company company, DemoTexts texts, LocalDate today) {
        this.workspace = workspace;
        this.pack = pack;
        this.company = company;
        this.texts = texts;
        this.today = today;
    }

    void write() {
        Assessment baseline = workspace.assessments().create(company.id(), pack.id(), pack.version(),
                String.valueOf(today.getYear() - 1), texts.get("assessor"));
        for (Answer answer : DemoAnswers.forPack(pack, Demo.TEXTILE.strength(), Demo.TEXTILE.region())) {
            workspace.answers().save(baseline.id(), baselineVersion(answer));
        }
        workspace.evidence().addFile(baseline.id(), "env.water.metering", "water-meter.png",
                Demo.resource("water-meter.png"), texts.get("evidence.meter"), null);
        workspace.assessments().makeFinal(baseline.id());

        Assessment followUp = workspace.assessments().followUp(baseline.id(), String.valueOf(today.getYear()),
                texts.get("assessor"));
        workspace.answers().save(followUp.id(), new Answer(OVERTIME, overtime(36), texts.get("note.overtime.fixed")));
        var answers = workspace.answers().of(followUp.id());
        for (String id : IMPROVED) {
            answers.get(id).filter(a -> a.value() instanceof AnswerValue.Level).ifPresent(a -> {
                int level = ((AnswerValue.Level) a.value()).level();
                workspace.answers().save(followUp.id(), new Answer(id, new AnswerValue.Level(Math.min(4, level + 1)), a.note()));
            });
        }
        STILL_OPEN.forEach(id -> workspace.answers().clear(followUp.id(), id));
        workspace.evidence().addFile(followUp.id(), "env.ems.permit", "environmental-permit.pdf",
                Demo.resource("environmental-permit.pdf"), texts.get("evidence.permit"), today.plusDays(20));
        targets();
        actions();
    }

    private Answer baselineVersion(Answer answer) {
        return switch (answer.questionId()) {
            case OVERTIME -> new Answer(OVERTIME, overtime(52), texts.get("note.overtime"));
            case "env.water.metering" -> new Answer(answer.questionId(), answer.value(), texts.get("note.meter"));
            case "env.energy.wet-intensity" -> Answer.of(answer.questionId(),
                    new AnswerValue.NotApplicable(texts.get("na.wet")));
            default -> answer;
        };
    }

    private static AnswerValue overtime(double hours) {
        return new AnswerValue.KpiInputs(Map.of("ot_max_month_h", new InputValue.Annual(hours)));
    }

    private void targets() {
        LocalDate endOfYear = LocalDate.of(today.getYear(), 12, 31);
        workspace.progress().saveTarget(company.id(), new Target(id("target:overtime"), OVERTIME, 40, endOfYear,
                texts.get("target.overtime")));
        workspace.progress().saveTarget(company.id(), new Target(id("target:water"), "env.water.reuse", 20,
                endOfYear.plusYears(1), texts.get("target.water")));
        workspace.progress().saveTarget(company.id(), new Target(id("target:servo"), "env.energy.servo-share", 100,
                endOfYear.plusYears(1), texts.get("target.energy")));
    }

    private void actions() {
        action("act.soc.hours.time-system", "owner.hr", today.plusDays(30), ActionStatus.IN_PROGRESS, null);
        action("act.soc.hours.capacity-planning", "owner.director", today.minusDays(10), ActionStatus.PLANNED, null);
        action("act.env.water.line-meters", "owner.maintenance", today.minusMonths(4), ActionStatus.DONE, 45_000_000.0);
        action("act.prd.quality.inline-inspection", "owner.quality", today.plusDays(90), ActionStatus.PLANNED, null);
    }

    private void action(String packActionId, String ownerKey, LocalDate due, ActionStatus status, Double savings) {
        for (var domain : pack.domains()) {
            for (Topic topic : domain.topics()) {
                for (Action a : topic.actions()) {
                    if (a.id().equals(packActionId)) {
                        double cost = Math.round((a.costMin() + a.costMax()) / 2);
                        workspace.progress().saveAction(company.id(), new ImprovementAction(id("action:" + packActionId),
                                a.text().in(texts.language()), texts.get(ownerKey), due, status, cost, savings,
                                a.currency(), topic.id(), a.id()));
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException("the textile pack has no action " + packActionId);
    }

    private String id(String what) {
        return UUID.nameUUIDFromBytes(("triad-demo:" + company.id() + ":" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
