package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

/**
 * Seeded random workspaces (decision 0004's property loops): whatever is stored comes back through an export
 * and an import into another workspace unchanged, and the CSV has one row per answer.
 */
class StoreRoundTripTest {
    private static final String[] NOTES = {"", "ghi chú có dấu: Đồng hồ nước ở xưởng nhuộm", "comma, \"quote\"\nnew line",
        "=SUM(A1)", "日本語"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void anExportImportRoundTripIsLossless(long seed) throws Exception {
        Random random = new Random(seed);
        Object original;
        String json;
        int answers = 0;
        try (Workspace ws = Workspace.create(dir.resolve("a.triad"))) {
            ws.packs().store(StoreFixtures.packJson());
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                answers += company(ws, random, "c" + c);
            }
            original = StoreExchangeTest.content(ws);
            json = ExchangeSchema.assertValid(ws.exchange().export(null));
        }
        try (Workspace other = Workspace.create(dir.resolve("b.triad"))) {
            other.exchange().importJson(json, StoreExchangeTest.MINI);
            assertThat(StoreExchangeTest.content(other)).isEqualTo(original);
            assertThat(other.exchange().answersCsv("en").split("\r\n")).hasSize(1 + answers);
            other.exchange().importJson(json, StoreExchangeTest.MINI);
            assertThat(StoreExchangeTest.content(other)).as("importing twice changes nothing").isEqualTo(original);
        }
    }

    private static int company(Workspace ws, Random random, String id) {
        CompanyProfile profile = new CompanyProfile(random.nextBoolean() ? Field.TRADE_SERVICES : Field.INDUSTRY_CONSTRUCTION,
                random.nextBoolean() ? null : random.nextInt(500), random.nextBoolean() ? null : random.nextDouble() * 300,
                random.nextBoolean() ? null : random.nextDouble() * 100,
                random.nextBoolean() ? null : WageRegion.values()[random.nextInt(4)]);
        ws.companies().save(new Company(id, "Công ty " + id, random.nextBoolean() ? null : "leather-footwear",
                random.nextBoolean() ? null : "Đồng Nai", profile));
        int answers = 0;
        Assessment previous = null;
        for (int a = 0; a < 1 + random.nextInt(3); a++) {
            Assessment current = previous == null
                    ? ws.assessments().create(id, StoreFixtures.PACK_ID, StoreFixtures.PACK_VERSION, "2024", null)
                    : ws.assessments().followUp(previous.id(), String.valueOf(2025 + a), "Assessor " + a);
            for (Answer answer : randomAnswers(random)) {
                ws.answers().save(current.id(), answer);
            }
            answers += ws.answers().of(current.id()).size();
            if (random.nextBoolean()) {
                byte[] data = new byte[1 + random.nextInt(2000)];
                random.nextBytes(data);
                ws.evidence().addFile(current.id(), random.nextBoolean() ? null : "env.water.metering",
                        "scan-" + a + (random.nextBoolean() ? ".pdf" : ".jpg"), data, NOTES[random.nextInt(NOTES.length)],
                        random.nextBoolean() ? null : LocalDate.of(2027, 1 + random.nextInt(12), 1));
            }
            if (random.nextBoolean()) {
                ws.assessments().makeFinal(current.id());
            }
            previous = current;
        }
        if (random.nextBoolean()) {
            ws.progress().saveTarget(id, new Target("t-" + id, "env.water.use", random.nextDouble() * 100,
                    random.nextBoolean() ? null : LocalDate.of(2028, 6, 30), NOTES[random.nextInt(NOTES.length)]));
        }
        if (random.nextBoolean()) {
            ws.progress().saveAction(id, new ImprovementAction("x-" + id, "Thu gom nước mưa", null, null,
                    ImprovementAction.ActionStatus.values()[random.nextInt(4)], random.nextBoolean() ? null : 1500.0,
                    null, "VND", null, null));
        }
        return answers;
    }

    private static List<Answer> randomAnswers(Random random) {
        List<Answer> out = new ArrayList<>();
        String note = NOTES[random.nextInt(NOTES.length)];
        if (random.nextBoolean()) {
            out.add(new Answer("env.water.metering", new AnswerValue.Level(random.nextInt(5)), note));
        }
        if (random.nextBoolean()) {
            out.add(Answer.of("soc.labour.contracts", new AnswerValue.YesNo(List.of("yes", "no", "partial").get(random.nextInt(3)))));
        }
        if (random.nextBoolean()) {
            out.add(Answer.of("prd.quality.system", new AnswerValue.Choice(random.nextBoolean() ? "none" : "iso9001")));
        }
        if (random.nextBoolean()) {
            out.add(new Answer("env.water.use", random.nextInt(4) == 0 ? new AnswerValue.NotApplicable("no water used " + note) : kpi(random), note));
        }
        return out;
    }

    private static AnswerValue kpi(Random random) {
        Map<String, InputValue> inputs = new HashMap<>();
        List<Double> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(random.nextInt(4) == 0 ? null : Math.round(random.nextDouble() * 1e6) / 100.0);
        }
        inputs.put("water_m3", random.nextBoolean() ? new InputValue.Monthly(months) : new InputValue.Annual(random.nextDouble() * 1e5));
        if (random.nextBoolean()) {
            inputs.put("output_kg", new InputValue.Annual(random.nextInt(100_000)));
        }
        return new AnswerValue.KpiInputs(inputs);
    }
}
