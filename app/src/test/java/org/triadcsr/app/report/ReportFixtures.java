package org.triadcsr.app.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;
import org.triadcsr.packs.BundledPacks;

/**
 * A workspace on disk with a textile company: a final 2024 baseline (one critical and one major flag), a draft
 * 2025 follow-up, KPIs answered, undefined and not computable, evidence, targets and actions.
 */
public final class ReportFixtures {
    static final String COMPANY = "c-may-sai-gon";
    public static final String COMPANY_NAME = "Công ty TNHH May mặc Sài Gòn Xanh";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    public record Made(Path file, String baseline, String followUp) {
    }

    private ReportFixtures() {
    }

    public static Made textile(Path folder) {
        Path file = folder.resolve("report-test.triad");
        try (Workspace ws = Workspace.create(file)) {
            Pack pack = ws.packs().store(BundledPacks.json("textile-garment"));
            ws.companies().save(new Company(COMPANY, COMPANY_NAME, "textile-garment", "Thành phố Hồ Chí Minh",
                    new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 180, 150.0, 60.0, WageRegion.I)));
            Assessment base = ws.assessments().create(COMPANY, pack.id(), pack.version(), "2024", "Nguyễn Thị Hương");
            answerAll(ws, base.id(), pack, 0);
            ws.evidence().addNote(base.id(), "soc.child.age-verification", "Sổ quản lý lao động chưa ghi ngày sinh");
            ws.evidence().addFile(base.id(), "env.water.intensity", "hoá-đơn-nước-2024.pdf",
                    "%PDF-1.4 hoá đơn".getBytes(StandardCharsets.UTF_8), "Hoá đơn nước 12 tháng", LocalDate.of(2027, 1, 1));
            ws.assessments().makeFinal(base.id());
            Assessment next = ws.assessments().followUp(base.id(), "2025", "Nguyễn Thị Hương");
            answerAll(ws, next.id(), pack, 1);
            ws.progress().saveTarget(COMPANY, new Target("t-water", "env.water.intensity", 40, LocalDate.of(2027, 12, 31),
                    "Giảm nước 2027"));
            ws.progress().saveTarget(COMPANY, new Target("t-energy", "env.energy.garment-intensity", 0.25,
                    LocalDate.of(2027, 12, 31), ""));
            ws.progress().saveAction(COMPANY, new ImprovementAction("a-1", "Lắp đồng hồ nước cho từng xưởng", "Trần Văn Bình",
                    LocalDate.of(2026, 6, 30), ImprovementAction.ActionStatus.IN_PROGRESS, 45_000_000.0, 12_000_000.0, "VND",
                    "env.water", null));
            ws.progress().saveAction(COMPANY, new ImprovementAction("a-2", "Ghi ngày sinh vào sổ quản lý lao động", "Lê Thị Mai",
                    LocalDate.of(2025, 3, 1), ImprovementAction.ActionStatus.DONE, 0.0, null, "VND",
                    "soc.child.age-verification", null));
            return new Made(file, base.id(), next.id());
        }
    }

    /** Round 0 is the baseline (child-labour age records missing: critical); both rounds: overtime without consent (major). */
    static void answerAll(Workspace ws, String assessmentId, Pack pack, int round) {
        int i = 0;
        for (Question q : pack.questions()) {
            i++;
            Answer a = answer(q, i, round);
            if (a != null) {
                ws.answers().save(assessmentId, a);
            }
        }
    }

    private static Answer answer(Question q, int i, int round) {
        return switch (q.kind()) {
            case MATURITY -> Answer.of(q.id(), new AnswerValue.Level(Math.min(4, (i + round) % 5)));
            case YESNO -> Answer.of(q.id(), round == 0 && q.id().equals("soc.child.age-verification")
                    || q.id().equals("soc.hours.consent") ? AnswerValue.YesNo.NO : AnswerValue.YesNo.YES);
            case CHOICE -> Answer.of(q.id(), new AnswerValue.Choice(q.options().get((i + round) % q.options().size()).id()));
            case KPI -> kpi(q, round);
        };
    }

    private static Answer kpi(Question q, int round) {
        Map<String, InputValue> in = new HashMap<>();
        switch (q.id()) {
            case "env.energy.garment-intensity" -> {
                in.put("energy_kwh", annual(round == 0 ? 330_000 : 290_000));
                in.put("pieces", annual(1_000_000));
            }
            case "env.water.intensity" -> {
                in.put("water_m3", new InputValue.Monthly(Collections.nCopies(12, round == 0 ? 2_500.0 : 2_000.0)));
                in.put("output_kg", annual(400_000));
            }
            case "env.energy.wet-intensity" -> {
                in.put("wet_energy_kwh", annual(10_000));
                in.put("fabric_kg", annual(0));
            }
            case "env.water.reuse" -> {
                in.put("reused_m3", annual(round == 0 ? 0 : 1_200));
                in.put("total_use_m3", annual(24_000));
            }
            case "prd.labour.line-efficiency" -> {
                in.put("earned_min", annual(round == 0 ? 50 : 58));
                in.put("available_min", annual(100));
            }
            case "soc.hours.overtime-month" -> in.put("ot_max_month_h", annual(round == 0 ? 38 : 32));
            case "soc.wages.lowest-wage" -> in.put("lowest_wage_vnd", annual(5_400_000));
            case "soc.child.youngest-age" -> in.put("youngest_age_y", annual(18));
            default -> {
                return null;
            }
        }
        return Answer.of(q.id(), new AnswerValue.KpiInputs(in));
    }

    private static InputValue annual(double v) {
        return new InputValue.Annual(v);
    }

    static List<String> forbiddenWords() {
        return List.of("null", "NaN", "Infinity");
    }
}
