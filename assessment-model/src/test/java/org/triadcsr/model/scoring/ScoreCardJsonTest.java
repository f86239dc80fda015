package org.triadcsr.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triadcsr.model.TestPacks.annual;
import static org.triadcsr.model.TestPacks.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;

class ScoreCardJsonTest {
    @Test
    void writesTheSpecShapeWithNullsForUndefinedAndFullPrecision() throws Exception {
        ScoreCard card = Scorer.score(TestPacks.pack(), Answers.of(List.of(level("env.water.metering", 3),
                annual("env.water.intensity", "water_m3", 1, "output_kg", 7),
                annual("soc.hours.overtime-month", "ot_max_month_h", 45))), CompanyProfile.unknown(), "as-1", "co-1");
        JsonNode json = new ObjectMapper().readTree(ScoreCardJson.write(card, "vi"));
        assertThat(json.fieldNames()).toIterable().containsExactly("assessment", "company", "pack", "overall", "rating",
                "completeness", "domains", "topics", "questions", "kpis", "flags");
        assertThat(json.get("pack").get("id").asText()).isEqualTo("test-pack");
        assertThat(json.get("pack").get("version").asText()).isEqualTo("1.2.0");
        assertThat(json.get("rating").asText()).isEqualTo("incomplete");
        assertThat(json.get("questions")).hasSize(8);
        assertThat(json.get("questions").get(0).get("status").asText()).isEqualTo("scored");
        assertThat(json.get("questions").get(2).get("score").isNull()).isTrue();
        JsonNode water = json.get("kpis").get(0);
        assertThat(water.get("id").asText()).isEqualTo("env.water.intensity");
        assertThat(water.get("value").asDouble()).isEqualTo(1000.0 / 7);   // full double precision
        assertThat(water.get("band").asText()).isEqualTo("below_typical");   // 142.9 L/kg, between typical 100 and poor 200
        JsonNode tracked = json.get("kpis").get(1);
        assertThat(tracked.get("score").asDouble()).as("a breach scores 0 (spec v1.1)").isZero();
        assertThat(tracked.get("band").isNull()).isTrue();
        assertThat(json.get("domains").get(2).get("score").isNull()).isTrue();
        JsonNode flag = json.get("flags").get(0);
        assertThat(flag.get("question").asText()).isEqualTo("soc.hours.overtime-month");
        assertThat(flag.get("severity").asText()).isEqualTo("critical");
        assertThat(flag.get("basis").asText()).isEqualTo("Bộ luật Lao động 2019, Điều 107");
        assertThat(flag.get("limit").asText()).isEqualTo("max 40");
        assertThat(flag.get("value").asDouble()).isEqualTo(45.0);
    }
}
