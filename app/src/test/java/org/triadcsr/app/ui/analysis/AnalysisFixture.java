package org.triadcsr.app.ui.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.testing.SampleAnswers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;
import org.triadcsr.packs.BundledPacks;

/**
 * A real workspace file with a textile company: a final 2025 baseline and a 2026 follow-up with different
 * answers, one KPI target and two actions (one overdue on {@link #TODAY}). Written through the store only.
 */
public record AnalysisFixture(Workspace workspace, Pack pack, Company company, Assessment baseline, Assessment followUp) {
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    public static final String WATER = "env.water.intensity";

    public static AnalysisFixture create(Path dir) {
        Workspace ws = Workspace.create(dir.resolve("analysis.triad"));
        Pack pack = ws.packs().store(BundledPacks.json("textile-garment"));
        Company company = ws.companies().save(new Company("co-may", "Công ty May Sông Hồng", "textile-garment",
                "Bình Dương", new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 150, 120.0, 40.0, WageRegion.II)));
        Assessment base = ws.assessments().create(company.id(), pack.id(), pack.version(), "2025", "Nguyễn Văn A");
        SampleAnswers.forPack(pack, 2).forEach(a -> ws.answers().save(base.id(), a));
        ws.assessments().makeFinal(base.id());
        Assessment next = ws.assessments().followUp(base.id(), "2026", "Nguyễn Văn A");
        SampleAnswers.forPack(pack, 7).forEach(a -> ws.answers().save(next.id(), a));
        ws.progress().saveTarget(company.id(), new Target("t-water", WATER, 60, LocalDate.of(2026, 12, 31), ""));
        ws.progress().saveAction(company.id(), new ImprovementAction("act-1", "Lắp đồng hồ nước cho từng dây chuyền",
                "Trần Thị B", LocalDate.of(2026, 3, 31), ImprovementAction.ActionStatus.IN_PROGRESS, 15_000_000.0,
                8_000_000.0, "VND", "env.water", "act.env.water.line-meters"));
        ws.progress().saveAction(company.id(), new ImprovementAction("act-2", "Huấn luyện an toàn, vệ sinh lao động",
                "Lê Văn C", LocalDate.of(2026, 9, 30), ImprovementAction.ActionStatus.PLANNED, 5_000_000.0, null,
                "VND", "soc.ohs", null));
        return new AnalysisFixture(ws, pack, company, base, next);
    }
}
