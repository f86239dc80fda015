package org.triadcsr.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;

/**
 * The data the store benchmark runs on: a synthetic pack of exactly 300 questions (so the figures do not move
 * when the bundled packs change) and companies with 3 assessments answering all of them.
 */
final class StoreBenchData {
    static final String PACK_ID = "bench-300";
    static final String PACK_VERSION = "1.0.0";
    static final int QUESTIONS = 300;
    private static final String[] DOMAINS = {"environment", "social", "productivity"};
    private static final String[] PREFIX = {"env", "soc", "prd"};

    private StoreBenchData() {
    }

    static byte[] packJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("format", 1).put("id", PACK_ID).put("version", PACK_VERSION)
                .put("sector", "bench");
        root.putArray("languages").add("en").add("vi");
        root.set("name", text(json, "Benchmark pack", "Bộ chỉ số đo hiệu năng"));
        ArrayNode domains = root.putArray("domains");
        for (int d = 0; d < 3; d++) {
            ObjectNode domain = domains.addObject().put("id", DOMAINS[d]);
            domain.set("name", text(json, DOMAINS[d], "Lĩnh vực " + d));
            ArrayNode topics = domain.putArray("topics");
            for (int t = 0; t < 10; t++) {
                ObjectNode topic = topics.addObject().put("id", PREFIX[d] + ".t" + t);
                topic.set("name", text(json, "Topic " + t, "Chủ đề " + t));
                ArrayNode questions = topic.putArray("questions");
                for (int q = 0; q < 10; q++) {
                    question(json, questions.addObject(), PREFIX[d] + ".t" + t + ".q" + q, q);
                }
            }
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void question(ObjectMapper json, ObjectNode node, String id, int q) {
        node.put("id", id).put("kind", q % 2 == 0 ? "maturity" : "yesno").put("tier", "core");
        node.set("text", text(json, "Does the company do " + id + "?", "Doanh nghiệp có thực hiện " + id + " không?"));
        node.set("help", text(json, "Why it matters.", "Vì sao quan trọng."));
        node.set("evidence", text(json, "Records.", "Hồ sơ."));
    }

    private static ObjectNode text(ObjectMapper json, String en, String vi) {
        return json.createObjectNode().put("en", en).put("vi", vi);
    }

    static String questionId(int i) {
        int d = i / 100;
        int t = (i % 100) / 10;
        return PREFIX[d] + ".t" + t + ".q" + (i % 10);
    }

    static AnswerValue value(int question, int seed) {
        return question % 2 == 0 ? new AnswerValue.Level(Math.floorMod(question + seed, 5))
                : (Math.floorMod(question + seed, 2) == 0 ? AnswerValue.YesNo.YES : AnswerValue.YesNo.NO);
    }

    /** Companies {@code from} .. {@code from + count - 1}, each with 3 final assessments of 300 answers. */
    static List<CompanyFile> companies(int from, int count) {
        List<CompanyFile> out = new ArrayList<>();
        Instant when = Instant.parse("2025-06-01T08:00:00Z");
        for (int c = from; c < from + count; c++) {
            Company company = new Company(String.format("company-%05d", c), "Công ty số " + c, "textile-garment",
                    "Bình Dương", new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50 + c % 300, 40.0, 20.0, WageRegion.II));
            List<CompanyFile.AssessmentFile> assessments = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                List<Answer> answers = new ArrayList<>();
                for (int q = 0; q < QUESTIONS; q++) {
                    answers.add(new Answer(questionId(q), value(q, c + a), q % 10 == 0 ? "ghi chú " + q : ""));
                }
                assessments.add(new CompanyFile.AssessmentFile(new Assessment(company.id() + "-a" + a, company.id(), PACK_ID,
                        PACK_VERSION, String.valueOf(2023 + a), "Consultant", AssessmentStatus.FINAL, when, when),
                        answers, List.of()));
            }
            out.add(new CompanyFile(company, assessments, List.of(), List.of()));
        }
        return out;
    }
}
