package org.triadcsr.model.progress;

import java.util.Collection;
import java.util.Objects;
import org.triadcsr.model.pack.Direction;

/**
 * Where a company stands among its peers (spec §8): percentile = 100 · (worse + ½ · equal) / peers, over peers
 * with a defined value. Shown only with at least {@link #MIN_PEERS} peers, so no company's figures can be read
 * back out.
 */
public final class PeerPosition {
    public static final int MIN_PEERS = 5;

    private PeerPosition() {
    }

    /** @return the percentile, or null when undefined (own value undefined, or fewer than 5 peers with a value) */
    public static Double percentile(Double own, Collection<Double> peerValues, Direction direction) {
        if (own == null) {
            return null;
        }
        int peers = 0;
        int worse = 0;
        int equal = 0;
        for (Double p : peerValues) {
            if (p == null || !Double.isFinite(p)) {
                continue;
            }
            peers++;
            if (Objects.equals(p, own) || p.doubleValue() == own.doubleValue()) {
                equal++;
            } else if (direction.better(own, p)) {
                worse++;
            }
        }
        if (peers < MIN_PEERS) {
            return null;
        }
        return 100.0 * (worse + 0.5 * equal) / peers;
    }

    /** Percentile of a score (higher is better). */
    public static Double scorePercentile(Double own, Collection<Double> peerScores) {
        return percentile(own, peerScores, Direction.HIGHER_IS_BETTER);
    }
}
