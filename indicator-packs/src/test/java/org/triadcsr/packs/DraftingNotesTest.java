package org.triadcsr.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No drafting note reaches a user: every text a user can see reads as final, in both languages. */
class DraftingNotesTest {
    /** Notes an author leaves for the next author, never for a user. */
    static final Pattern DRAFTING = Pattern.compile(String.join("|",
            "not (been )?verified", "unverified", "check against", "to be checked", "re-check", "recheck", "verify (this|on|against|the)",
            "reference file", "sector-benchmarks", "glossary-vi", "\\.md\\b", "todo", "tbd", "fixme", "xxx",
            "no sourced benchmark", "unsourced", "not yet sourced", "placeholder",
            "chưa được xác minh", "chưa xác minh", "chưa được kiểm chứng", "cần đối chiếu (điều|giá trị|lại)", "cần kiểm tra lại",
            "chưa có (mức|khoảng) tham chiếu có nguồn"),
            Pattern.CASE_INSENSITIVE);

    static List<String> packs() {
        return BundledPacks.IDS;
    }

    @Test
    void thePatternCatchesTheNotesItIsMeantFor() {
        for (String note : List.of("Figure not verified.", "(check against QCVN 40:2025)", "see reference/sector-benchmarks.md",
                "No sourced benchmark exists yet", "cần đối chiếu điều tương ứng của Luật Hóa chất",
                "hiệu lực chưa được kiểm chứng")) {
            assertThat(DRAFTING.matcher(note).find()).as(note).isTrue();
        }
        assertThat(DRAFTING.matcher("Keep a single, accurate set of time and payroll records.").find()).isFalse();
        assertThat(DRAFTING.matcher("Cần đối chiếu trực tiếp bản gốc giấy tờ với người lao động.").find()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void noUserVisibleTextContainsADraftingNote(String id) throws IOException {
        JsonNode root = new ObjectMapper().readTree(BundledPacks.json(id));
        List<String> found = new ArrayList<>();
        for (String[] t : PackTextsTest.texts(root, "", new ArrayList<>())) {
            for (String text : new String[] {t[1], t[2]}) {
                var m = DRAFTING.matcher(text);
                if (m.find()) {
                    found.add(t[0] + ": «" + m.group().toLowerCase(Locale.ROOT) + "» in " + text);
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
