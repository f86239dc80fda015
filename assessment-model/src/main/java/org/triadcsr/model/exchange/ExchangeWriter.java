package org.triadcsr.model.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

/** Writes exchange files (format described by {@code exchange.schema.json}). */
public final class ExchangeWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExchangeWriter() {
    }

    public static String write(ExchangeDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ExchangeDocument.FORMAT);
        root.put("formatVersion", ExchangeDocument.VERSION);
        root.put("writtenBy", doc.writtenBy());
        root.put("exportedAt", doc.exportedAt().toString());
        ArrayNode companies = root.putArray("companies");
        doc.companies().forEach(c -> company(companies.addObject(), c));
        if (!doc.packs().isEmpty()) {
            ArrayNode packs = root.putArray("packs");
            doc.packs().forEach(p -> {
                ObjectNode node = packs.addObject();
                node.put("id", p.packId());
                node.put("version", p.version());
                node.put("sha256", p.sha256());
                node.put("data", Base64.getEncoder().encodeToString(p.json()));
            });
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an exchange tree always serialises", e);
        }
    }

    private static void company(ObjectNode node, CompanyFile file) {
        Company c = file.company();
        CompanyProfile p = c.profile();
        node.put("id", c.id());
        node.put("name", c.name());
        node.put("sector", c.sector());
        node.put("province", c.province());
        node.put("region", p.region() == null ? null : p.region().name());
        node.put("field", p.field() == null ? null : p.field().name().toLowerCase(java.util.Locale.ROOT));
        node.put("employees", p.employees());
        node.put("revenueBnVnd", p.revenueBnVnd());
        node.put("capitalBnVnd", p.capitalBnVnd());
        ArrayNode assessments = node.putArray("assessments");
        file.assessments().forEach(a -> assessment(assessments.addObject(), a));
        ArrayNode targets = node.putArray("targets");
        file.targets().forEach(t -> target(targets.addObject(), t));
        ArrayNode actions = node.putArray("actions");
        file.actions().forEach(a -> action(actions.addObject(), a));
    }

    private static void assessment(ObjectNode node, CompanyFile.AssessmentFile file) {
        Assessment a = file.assessment();
        node.put("id", a.id());
        node.put("packId", a.packId());
        node.put("packVersion", a.packVersion());
        node.put("period", a.period());
        node.put("assessor", a.assessor());
        node.put("status", a.status().id());
        node.put("createdAt", a.createdAt().toString());
        node.put("updatedAt", a.updatedAt().toString());
        ArrayNode answers = node.putArray("answers");
        file.answers().forEach(ans -> answer(answers.addObject(), ans));
        ArrayNode evidence = node.putArray("evidence");
        file.evidence().forEach(e -> evidence(evidence.addObject(), e));
    }

    static void answer(ObjectNode node, Answer answer) {
        node.put("question", answer.questionId());
        AnswerValue v = answer.value();
        if (v instanceof AnswerValue.Level l) {
            node.put("level", l.level());
        } else if (v instanceof AnswerValue.YesNo yn) {
            node.put("answer", yn.answer());
        } else if (v instanceof AnswerValue.Choice c) {
            node.put("option", c.optionId());
        } else if (v instanceof AnswerValue.NotApplicable na) {
            node.put("notApplicable", na.reason());
        } else if (v instanceof AnswerValue.KpiInputs k) {
            ObjectNode inputs = node.putObject("inputs");
            k.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                ObjectNode in = inputs.putObject(e.getKey());
                if (e.getValue() instanceof InputValue.Annual an) {
                    in.put("annual", an.value());
                } else {
                    ArrayNode months = in.putArray("monthly");
                    ((InputValue.Monthly) e.getValue()).months().forEach(months::add);
                }
            });
        }
        if (!answer.note().isEmpty()) {
            node.put("note", answer.note());
        }
    }

    private static void evidence(ObjectNode node, Evidence e) {
        node.put("id", e.id());
        node.put("question", e.questionId());
        node.put("note", e.note());
        node.put("fileName", e.fileName());
        node.put("mediaType", e.mediaType());
        if (e.data() != null) {
            node.put("size", e.data().length);
            node.put("sha256", e.sha256());
            node.put("data", Base64.getEncoder().encodeToString(e.data()));
        }
        node.put("expires", e.expires() == null ? null : e.expires().toString());
    }

    private static void target(ObjectNode node, Target t) {
        node.put("id", t.id());
        node.put("kpi", t.kpiQuestionId());
        node.put("value", t.value());
        node.put("due", t.due() == null ? null : t.due().toString());
        node.put("note", t.note());
    }

    private static void action(ObjectNode node, ImprovementAction a) {
        node.put("id", a.id());
        node.put("title", a.title());
        node.put("owner", a.owner());
        node.put("due", a.due() == null ? null : a.due().toString());
        node.put("status", a.status().id());
        node.put("cost", a.cost());
        node.put("expectedSavings", a.expectedSavings());
        node.put("currency", a.currency());
        node.put("linkedTo", a.topicOrQuestionId());
        node.put("packAction", a.packActionId());
    }
}
