package org.triadcsr.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in English and Vietnamese, is NFC, and the Vietnamese is not a copy of the English. */
class PackTextsTest {
    static List<String> packs() {
        return BundledPacks.IDS;
    }

    /** Every {"en": …, "vi": …} object in the pack, with its JSON pointer. */
    static List<String[]> texts(JsonNode node, String ptr, List<String[]> out) {
        if (node.isObject() && node.has("en")) {
            out.add(new String[] {ptr, node.path("en").asText(""), node.path("vi").asText("")});
            return out;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> texts(e.getValue(), ptr + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), ptr + "/" + i, out);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyTextIsBilingualNfcAndTranslated(String id) throws IOException {
        JsonNode root = new ObjectMapper().readTree(BundledPacks.json(id));
        List<String[]> texts = texts(root, "", new ArrayList<>());
        assertThat(texts).hasSizeGreaterThan(200);
        // Proper names and symbols that read the same in both languages.
        Set<String> sameInBothAllowed = Set.of("5S", "RoHS", "ISO 14001", "ISO 45001", "ISO 9001", "OEE", "DPMO", "SMT", "ESD");
        List<String> problems = new ArrayList<>();
        for (String[] t : texts) {
            String where = t[0];
            if (t[1].isBlank() || t[2].isBlank()) {
                problems.add(where + ": missing en or vi");
            }
            if (!Normalizer.isNormalized(t[1], Normalizer.Form.NFC) || !Normalizer.isNormalized(t[2], Normalizer.Form.NFC)) {
                problems.add(where + ": not NFC");
            }
            if (t[1].equals(t[2]) && !sameInBothAllowed.contains(t[1])) {
                problems.add(where + ": Vietnamese equals English: " + t[1]);
            }
            if (t[2].contains("TODO") || t[2].contains("xxx") || t[1].contains("TODO")) {
                problems.add(where + ": placeholder text");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void vietnameseUsesTheGlossarysLegalTerms(String id) throws IOException {
        String json = new String(BundledPacks.json(id), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("làm thêm giờ", "người lao động", "an toàn, vệ sinh lao động");
        // Glossary spelling as in current legal texts: "thỏa ước", "thỏa thuận", "hằng năm".
        assertThat(json).doesNotContain("thoả ước", "thoả thuận", "hàng năm", "Hàng năm");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void supersededAndTemporaryFiguresAreSaidToBeSo(String id) {
        String json = new String(BundledPacks.json(id), java.nio.charset.StandardCharsets.UTF_8);
        // QCVN 40:2011 is replaced by QCVN 40:2025; Decree 74/2024 by Decree 293/2025 from 2026;
        // Resolution 17/2022's 60-hour overtime month was temporary.
        if (json.contains("QCVN 40:2011")) {
            assertThat(json).contains("QCVN 40:2025");
        }
        assertThat(json).contains("293/2025", "74/2024", "17/2022");
    }
}
