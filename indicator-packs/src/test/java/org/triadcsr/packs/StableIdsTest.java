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
    void version110KeepsEveryIdOf100AndRecordsItsNewOnes(String packId) throws IOException {
        Pack pack = BundledPacks.get(packId).orElseThrow();
        assertThat(pack.version()).isEqualTo("1.1.0");
        String file;
        try (InputStream in = StableIdsTest.class.getResourceAsStream("/ids/" + packId + ".ids")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int added = file.indexOf("# Added in 1.1.0\n");
        assertThat(added).as("ids/%s.ids has its 1.1.0 section", packId).isPositive();
        Map<String, String> now = PackIds.of(pack);
        for (String line : file.substring(0, added).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(now).as("1.0.0 id %s is still in 1.1.0 (no id removed)", line).containsKey(line.split(" ")[0]);
            }
        }
        assertThat(pack.replaced()).as("1.1.0 retires no id").isEmpty();
        for (String line : file.substring(added).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(now).as("new id %s", line).containsEntry(line.split(" ")[0], line.split(" ")[1]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void replacementsPointToExistingIds(String packId) {
        Pack pack = BundledPacks.get(packId).orElseThrow();
        Map<String, String> now = PackIds.of(pack);
        pack.replaced().forEach(r -> assertThat(now).as("replacement of %s", r.id()).containsKey(r.by()));
    }
}
