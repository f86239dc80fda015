package org.triadcsr.app.store;

import java.util.Optional;
import org.triadcsr.packs.BundledPacks;

/** Where an import finds a pack version the workspace does not keep yet. */
@FunctionalInterface
public interface PackLibrary {
    /** The exact JSON of that pack version, if this library has it. */
    Optional<byte[]> json(String packId, String version);

    static PackLibrary none() {
        return (id, version) -> Optional.empty();
    }

    /** The packs that ship with this Triad, when the version matches. */
    static PackLibrary bundled() {
        return (id, version) -> {
            try {
                return BundledPacks.get(id).filter(p -> p.version().equals(version)).map(p -> BundledPacks.json(id));
            } catch (RuntimeException missingOrBroken) {
                return Optional.empty();
            }
        };
    }
}
