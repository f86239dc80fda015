package org.triadcsr.model.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.portfolio.CompanyFile;

/**
 * A Triad exchange file: one or more companies with all their work, and a copy of every pack version they use
 * that does not ship with Triad.
 */
public record ExchangeDocument(int formatVersion, String writtenBy, Instant exportedAt, List<CompanyFile> companies,
                               List<PackCopy> packs) {
    public static final String FORMAT = "triad-exchange";
    public static final int VERSION = 1;

    public ExchangeDocument {
        companies = List.copyOf(companies);
        packs = List.copyOf(packs);
    }

    /** A document without pack copies (every pack it uses ships with Triad). */
    public ExchangeDocument(int formatVersion, String writtenBy, Instant exportedAt, List<CompanyFile> companies) {
        this(formatVersion, writtenBy, exportedAt, companies, List.of());
    }

    /** The copy of {@code packId} {@code version} this file carries, if any. */
    public Optional<PackCopy> pack(String packId, String version) {
        return packs.stream().filter(p -> p.packId().equals(packId) && p.version().equals(version)).findFirst();
    }
}
