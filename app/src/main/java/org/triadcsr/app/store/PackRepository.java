package org.triadcsr.app.store;

import java.util.List;
import java.util.Optional;
import org.triadcsr.model.pack.Pack;

/**
 * The copies of the pack versions the workspace's assessments use, kept as the exact JSON bytes, so an old
 * assessment is always scored and reported with the pack it was answered against.
 */
public interface PackRepository {
    /** Validates the pack and keeps a copy of its JSON, unless that version is already kept; returns the pack. */
    Pack store(byte[] json);

    /** The kept pack version, parsed. */
    Optional<Pack> find(String packId, String version);

    Optional<byte[]> json(String packId, String version);

    /** Every kept version, as {@code id@version}. */
    List<String> list();
}
