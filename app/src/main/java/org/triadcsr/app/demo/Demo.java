package org.triadcsr.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.packs.BundledPacks;

/**
 * Demo companies, one per bundled pack, written through the store like anything a user enters, so every screen
 * has something to show at once. The textile company tells the whole story (a final baseline with a critical
 * flag, a draft follow-up a year later, evidence, targets, actions); see {@link TextileStory}.
 */
public final class Demo {
    /** What the demo added, and the demo companies that were there already and were left as they are. */
    public record Result(List<Company> added, List<Company> alreadyThere) {
    }

    /** One demo company: its profile, its pack and how well it does (0 poor … 1 best practice). */
    record Sample(String key, String name, String packId, String province, WageRegion region, Field field,
                  int employees, double revenueBnVnd, double capitalBnVnd, double strength, boolean finalised) {
        Company company() {
            String id = UUID.nameUUIDFromBytes(("triad-demo:" + key).getBytes(StandardCharsets.UTF_8)).toString();
            String sector = BundledPacks.get(packId).orElseThrow().sector();
            return new Company(id, name, sector, province,
                    new CompanyProfile(field, employees, revenueBnVnd, capitalBnVnd, region));
        }
    }

    static final Sample TEXTILE = new Sample("textile", "Công ty TNHH May Sông Hồng", "textile-garment", "Nam Định",
            WageRegion.II, Field.INDUSTRY_CONSTRUCTION, 180, 160, 60, 0.45, true);
    static final List<Sample> OTHERS = List.of(
            new Sample("footwear", "Công ty Cổ phần Giày Tân Phước", "leather-footwear", "Bình Dương", WageRegion.I,
                    Field.INDUSTRY_CONSTRUCTION, 850, 620, 240, 0.62, true),
            new Sample("electronics", "Công ty TNHH Linh kiện Điện tử Quế Võ", "electronics", "Bắc Ninh", WageRegion.II,
                    Field.INDUSTRY_CONSTRUCTION, 140, 150, 40, 0.55, false),
            new Sample("furniture", "Hợp tác xã Mây tre đan Phú Vinh", "handicraft-furniture", "Hà Nội", WageRegion.II,
                    Field.INDUSTRY_CONSTRUCTION, 45, 12, 5, 0.35, true),
            new Sample("general", "Công ty TNHH In ấn Phương Nam", "general-sme", "Thành phố Hồ Chí Minh",
                    WageRegion.I, Field.TRADE_SERVICES, 28, 20, 8, 0.7, false));

    private Demo() {
    }

    /** Every demo company, the textile one first. */
    public static List<Company> companies() {
        List<Company> all = new ArrayList<>(List.of(TEXTILE.company()));
        OTHERS.forEach(s -> all.add(s.company()));
        return all;
    }

    /**
     * Adds the demo companies that are not in the workspace yet. {@code today} dates the assessments (the
     * baseline is last year's, the follow-up this year's) and the evidence about to expire.
     */
    public static Result add(Workspace workspace, Locale language, LocalDate today) {
        DemoTexts texts = DemoTexts.of(language);
        List<Company> added = new ArrayList<>();
        List<Company> there = new ArrayList<>();
        List<Sample> all = new ArrayList<>(List.of(TEXTILE));
        all.addAll(OTHERS);
        for (Sample sample : all) {
            Company company = sample.company();
            if (workspace.companies().find(company.id()).isPresent()) {
                there.add(company);
                continue;
            }
            Pack pack = workspace.packs().store(BundledPacks.json(sample.packId()));
            workspace.companies().save(company);
            if (sample == TEXTILE) {
                new TextileStory(workspace, pack, company, texts, today).write();
            } else {
                addOne(workspace, pack, sample, texts, today);
            }
            added.add(company);
        }
        return new Result(added, there);
    }

    /** One assessment of this year: final, or a draft with its last third still to answer. */
    private static void addOne(Workspace workspace, Pack pack, Sample sample, DemoTexts texts, LocalDate today) {
        Company company = sample.company();
        String period = String.valueOf(sample.finalised() ? today.getYear() - 1 : today.getYear());
        Assessment a = workspace.assessments().create(company.id(), pack.id(), pack.version(), period,
                texts.get("assessor"));
        List<Answer> answers = DemoAnswers.forPack(pack, sample.strength(), sample.region());
        int count = sample.finalised() ? answers.size() : answers.size() * 2 / 3;
        answers.subList(0, count).forEach(answer -> workspace.answers().save(a.id(), answer));
        if (sample.finalised()) {
            workspace.assessments().makeFinal(a.id());
        }
    }

    static byte[] resource(String name) {
        try (var in = Demo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo file " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, "The demo file " + name + " could not be read.", e);
        }
    }
}
