package org.triadcsr.model.exchange;

import java.time.Instant;
import java.util.List;
import org.triadcsr.model.portfolio.CompanyFile;

/** A Triad exchange file: one or more companies with all their work. */
public record ExchangeDocument(int formatVersion, String writtenBy, Instant exportedAt, List<CompanyFile> companies) {
    public static final String FORMAT = "triad-exchange";
    public static final int VERSION = 1;

    public ExchangeDocument {
        companies = List.copyOf(companies);
    }
}
