package org.triadcsr.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Replacement;

/**
 * Ids never disappear or change kind between pack versions, unless the pack declares the replacement: this
 * is what keeps next year's follow-up comparable with this year's baseline (docs/packs.md, "Stable ids").
 */
class StableIdsTest {
    static List<String> packs() {
        return BundledPacks.IDS;
    }

    static Map<String, String> recorded(String packId) throws IOException {
        try (InputStream in = StableIdsTest.class.getResourceAsStream("/ids/" + packId + ".ids")) {
            assertThat(in).as("ids/%s.ids is checked in", packId).isNotNull();
            Map<String, String> ids = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split(" ");
                    ids.put(parts[0], parts[1]);
                }
            }
            return ids;
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void noRecordedIdDisappearsOrChangesKindUnlessReplaced(String packId) throws IOException {
        Pack pack = BundledPacks.get(packId).orElseThrow();
        Map<String, String> now = PackIds.of(pack);
        List<String> broken = new ArrayList<>();
        recorded(packId).forEach((id, kind) -> {
            boolean replaced = pack.replaced().stream().map(Replacement::id).anyMatch(id::equals);
            if (!now.containsKey(id) && !replaced) {
                broken.add(id + " (" + kind + ") disappeared without a 'replaced' entry");
            } else if (now.containsKey(id) && !now.get(id).equals(kind)) {
                broken.add(id + " changed kind from " + kind + " to " + now.get(id));
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyCurrentIdIsRecorded(String packId) throws IOException {
        Map<String, String> recorded = recorded(packId);
        assertThat(PackIds.of(BundledPacks.get(packId).orElseThrow()).keySet())
                .as("ids missing from ids/%s.ids (add them with: bin/triad packs ids FILE)", packId)
                .allMatch(recorded::containsKey);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void replacementsPointToExistingIds(String packId) {
        Pack pack = BundledPacks.get(packId).orElseThrow();
        Map<String, String> now = PackIds.of(pack);
        pack.replaced().forEach(r -> assertThat(now).as("replacement of %s", r.id()).containsKey(r.by()));
    }
}
