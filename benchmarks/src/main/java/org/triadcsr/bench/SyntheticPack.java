package org.triadcsr.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;

/** A deterministic pack of any size with every question kind, and answers for it, for benchmarks. */
final class SyntheticPack {
    private SyntheticPack() {
    }

    static String json(int questions) {
        StringBuilder b = new StringBuilder("{\"format\":1,\"id\":\"bench\",\"version\":\"1.0.0\",\"sector\":\"bench\","
                + "\"languages\":[\"en\",\"vi\"],\"name\":{\"en\":\"Bench\",\"vi\":\"Thử\"},"
                + "\"sources\":[{\"id\":\"s\",\"citation\":\"c\",\"year\":2020}],\"domains\":[");
        String[] domains = {"environment", "social", "productivity"};
        String[] prefixes = {"env", "soc", "prd"};
        int perDomain = questions / 3;
        for (int d = 0; d < 3; d++) {
            b.append(d > 0 ? "," : "").append("{\"id\":\"").append(domains[d]).append("\",\"name\":").append(text("Domain")).append(",\"topics\":[");
            int topics = perDomain / 10;
            for (int t = 0; t < topics; t++) {
                String topic = prefixes[d] + ".t" + t;
                b.append(t > 0 ? "," : "").append("{\"id\":\"").append(topic).append("\",\"name\":").append(text("Topic"))
                        .append(",\"questions\":[");
                for (int q = 0; q < 10; q++) {
                    b.append(q > 0 ? "," : "").append(question(topic + ".q" + q, q % 4));
                }
                b.append("],\"actions\":[{\"id\":\"act.").append(topic).append(".a\",\"text\":").append(text("Do"))
                        .append(",\"cost\":{\"min\":1,\"max\":2,\"currency\":\"USD\"},\"benefit\":").append(text("Gain")).append("}]}");
            }
            b.append("]}");
        }
        return b.append("]}").toString();
    }

    private static String text(String en) {
        return "{\"en\":\"" + en + " text that is about as long as a real question\",\"vi\":\"" + en
                + " văn bản dài gần bằng một câu hỏi thật trong bộ câu hỏi\"}";
    }

    private static String question(String id, int kind) {
        String common = "\"id\":\"" + id + "\",\"tier\":\"core\",\"text\":" + text("Q") + ",\"help\":" + text("Help")
                + ",\"evidence\":" + text("Evidence") + ",\"mappings\":[{\"framework\":\"GRI\",\"ref\":\"303-5\"}]";
        return switch (kind) {
            case 0 -> "{" + common + ",\"kind\":\"maturity\"}";
            case 1 -> "{" + common + ",\"kind\":\"yesno\",\"partial\":true,\"limits\":[{\"required\":\"yes\",\"severity\":\"major\",\"basis\":" + text("Law") + "}]}";
            case 2 -> "{" + common + ",\"kind\":\"choice\",\"options\":[{\"id\":\"a\",\"points\":0,\"text\":" + text("A")
                    + "},{\"id\":\"b\",\"points\":100,\"text\":" + text("B") + "}]}";
            default -> "{" + common + ",\"kind\":\"kpi\",\"kpi\":{\"unit\":\"L/kg\",\"direction\":\"lower_is_better\","
                    + "\"inputs\":[{\"id\":\"water_m3\",\"unit\":\"m3\",\"aggregate\":\"sum\",\"period\":\"monthly\",\"text\":" + text("W") + "},"
                    + "{\"id\":\"output_kg\",\"unit\":\"kg\",\"aggregate\":\"sum\",\"text\":" + text("O") + "}],"
                    + "\"formula\":\"water_m3 * 1000 / output_kg\","
                    + "\"benchmark\":{\"best\":50,\"typical\":100,\"poor\":200,\"source\":\"s\",\"year\":2020}},"
                    + "\"limits\":[{\"max\":300,\"severity\":\"critical\",\"basis\":" + text("Law") + "}]}";
        };
    }

    /** Answers to every question, monthly inputs for the summed water figure. */
    static List<Answer> answers(org.triadcsr.model.pack.Pack pack, long seed) {
        Random r = new Random(seed);
        List<Answer> answers = new ArrayList<>();
        pack.questions().forEach(q -> {
            AnswerValue v = switch (q.kind()) {
                case MATURITY -> new AnswerValue.Level(r.nextInt(5));
                case YESNO -> new AnswerValue.YesNo(r.nextBoolean() ? "yes" : "partial");
                case CHOICE -> new AnswerValue.Choice(r.nextBoolean() ? "a" : "b");
                case KPI -> {
                    List<Double> months = new ArrayList<>();
                    for (int m = 0; m < 12; m++) {
                        months.add(100 + r.nextDouble() * 50);
                    }
                    Map<String, InputValue> inputs = new HashMap<>();
                    inputs.put("water_m3", new InputValue.Monthly(months));
                    inputs.put("output_kg", new InputValue.Annual(10_000 + r.nextInt(10_000)));
                    yield new AnswerValue.KpiInputs(inputs);
                }
            };
            answers.add(Answer.of(q.id(), v));
        });
        return answers;
    }
}
