package org.triadcsr.model.exchange;

import java.util.Arrays;

/**
 * A copy of a pack version that does not ship with Triad, carried in an exchange file beside the assessments
 * that use it, so the importing side can check their answers and score them. {@code json} is the pack file's
 * exact bytes; {@code sha256} their digest.
 */
public record PackCopy(String packId, String version, byte[] json) {
    public PackCopy {
        json = json.clone();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    public String sha256() {
        return ExchangeReader.sha256(json);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackCopy p && packId.equals(p.packId) && version.equals(p.version) && Arrays.equals(json, p.json);
    }

    @Override
    public int hashCode() {
        return (packId.hashCode() * 31 + version.hashCode()) * 31 + Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return packId + "@" + version;
    }
}
