package org.triadcsr.model.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;

/**
 * The SHA-256 fingerprint of one assessment's canonical data: what it answers and what backs the answers.
 * The store keeps it for every final assessment and checks the data against it; the PDF report prints it on
 * every page; {@code triad verify} recomputes it from the exchange data embedded in a report.
 *
 * <p>The canonical data (documented in {@code docs/integrity.md}) is a compact JSON text, NFC-normalised, of:
 * the company id; the assessment's id, pack id and version, period and assessor; its answers sorted by
 * question id, each as in the exchange format (KPI inputs sorted by input id); its evidence sorted by id,
 * each with question, note, file name, media type, size, the SHA-256 of its bytes and expiry date. It leaves
 * out what may change without changing the assessment: the company's profile, the status, timestamps,
 * targets and actions. Equal data gives an equal fingerprint, on any machine, through any export and import.
 */
public final class AssessmentFingerprint {
    /** Names the canonical form, so a later form can never be mistaken for this one. */
    public static final String CANONICAL_FORM = "triad-assessment-fingerprint-1";
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private AssessmentFingerprint() {
    }

    /** The fingerprint as 64 lowercase hexadecimal digits. */
    public static String of(String companyId, CompanyFile.AssessmentFile file) {
        return sha256(canonicalData(companyId, file).getBytes(StandardCharsets.UTF_8));
    }

    /** The canonical data the fingerprint is taken of. */
    public static String canonicalData(String companyId, CompanyFile.AssessmentFile file) {
        Assessment a = file.assessment();
        ObjectNode root = COMPACT.createObjectNode();
        root.put("form", CANONICAL_FORM);
        root.put("company", companyId);
        root.put("assessment", a.id());
        root.put("packId", a.packId());
        root.put("packVersion", a.packVersion());
        root.put("period", a.period());
        root.put("assessor", a.assessor());
        ArrayNode answers = root.putArray("answers");
        file.answers().stream().sorted(Comparator.comparing(Answer::questionId))
                .forEach(answer -> ExchangeWriter.answer(answers.addObject(), answer));
        ArrayNode evidence = root.putArray("evidence");
        file.evidence().stream().sorted(Comparator.comparing(Evidence::id))
                .forEach(e -> evidence(evidence.addObject(), e));
        try {
            return Normalizer.normalize(COMPACT.writeValueAsString(root), Normalizer.Form.NFC);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void evidence(ObjectNode node, Evidence e) {
        node.put("id", e.id());
        node.put("question", e.questionId());
        node.put("note", e.note());
        node.put("fileName", e.fileName());
        node.put("mediaType", e.mediaType());
        node.put("size", e.size());
        // The digest of the bytes themselves, not the stored digest: damage to the data must show.
        node.put("sha256", e.data() == null ? null : sha256(e.data()));
        node.put("expires", e.expires() == null ? null : e.expires().toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
