package org.triadcsr.model.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A score card as the JSON object of spec §9; numbers at full double precision, undefined as null. */
public final class ScoreCardJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreCardJson() {
    }

    /** @param language the language of flag bases ({@code en} or {@code vi}) */
    public static ObjectNode toTree(ScoreCard card, String language) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("assessment", card.assessmentId());
        root.put("company", card.companyId());
        ObjectNode pack = root.putObject("pack");
        pack.put("id", card.packId());
        pack.put("version", card.packVersion());
        root.put("overall", card.overall());
        root.put("rating", card.rating().id());
        root.put("completeness", card.completeness());
        ArrayNode domains = root.putArray("domains");
        card.domains().forEach(d -> domains.addObject().put("id", d.id()).put("score", d.score())
                .put("completeness", d.completeness()));
        ArrayNode topics = root.putArray("topics");
        card.topics().forEach(t -> topics.addObject().put("id", t.id()).put("score", t.score()));
        ArrayNode questions = root.putArray("questions");
        card.questions().forEach(q -> questions.addObject().put("id", q.id()).put("status", q.status().id())
                .put("score", q.score()));
        ArrayNode kpis = root.putArray("kpis");
        card.kpis().forEach(k -> {
            ObjectNode kpi = kpis.addObject().put("id", k.id()).put("value", k.value()).put("unit", k.unit())
                    .put("score", k.score()).put("band", k.band() == null ? null : k.band().id());
            if (k.indicative()) {
                kpi.put("indicative", true);
            }
        });
        ArrayNode flags = root.putArray("flags");
        card.flags().forEach(f -> {
            ObjectNode flag = flags.addObject().put("question", f.questionId()).put("severity", f.severity().id())
                    .put("basis", f.basis().in(language));
            if (f.limit() != null) {
                flag.put("limit", f.limit().describe());
            }
            if (f.value() != null) {
                flag.put("value", f.value()).put("bound", f.bound());
            }
        });
        return root;
    }

    public static String write(ScoreCard card, String language) {
        try {
            return MAPPER.writeValueAsString(toTree(card, language));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a score card always serialises", e);
        }
    }
}
