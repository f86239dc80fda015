package org.triadcsr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;

/**
 * The report benchmark's pack: the store benchmark's 300 questions with the last question of every domain's
 * first two topics made a benchmarked KPI (6 KPIs), so the report draws its KPI charts too.
 */
final class ReportBenchData {
    static final String PACK_ID = "bench-300-kpi";

    private ReportBenchData() {
    }

    static boolean isKpi(int question) {
        return question % 100 == 9 || question % 100 == 19;
    }

    static byte[] packJson() {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(new String(StoreBenchData.packJson(), StandardCharsets.UTF_8));
            root.put("id", PACK_ID);
            root.putArray("sources").addObject().put("id", "bench-source").put("citation", "Synthetic benchmark source")
                    .put("url", "https://example.org/bench").put("year", 2024).put("quality", "A");
            for (JsonNode domain : root.get("domains")) {
                for (int t = 0; t < 2; t++) {
                    ObjectNode q = (ObjectNode) domain.get("topics").get(t).get("questions").get(9);
                    q.put("kind", "kpi");
                    ObjectNode kpi = q.putObject("kpi").put("unit", "kWh/piece").put("direction", "lower_is_better");
                    ArrayNode inputs = kpi.putArray("inputs");
                    for (String id : new String[] {"energy_kwh", "pieces"}) {
                        ObjectNode in = inputs.addObject().put("id", id).put("unit", id.equals("pieces") ? "pieces" : "kWh")
                                .put("aggregate", "sum").put("min", 0);
                        in.putObject("text").put("en", id).put("vi", id);
                    }
                    kpi.put("formula", "energy_kwh / pieces");
                    kpi.putObject("benchmark").put("best", 0.22).put("typical", 0.31).put("poor", 0.4)
                            .put("source", "bench-source").put("year", 2024);
                }
            }
            return json.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnswerValue value(int question, int seed) {
        if (isKpi(question)) {
            return new AnswerValue.KpiInputs(Map.of("energy_kwh", new InputValue.Annual(250_000 + 30_000.0 * seed
                    + question), "pieces", new InputValue.Annual(1_000_000)));
        }
        return StoreBenchData.value(question, seed);
    }
}
