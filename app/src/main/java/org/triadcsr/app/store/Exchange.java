package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.app.env.AppInfo;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeException;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.exchange.ExchangeWriter;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;

/** Exchange files in and out of a workspace, and the CSV of all answers. Exports are written atomically. */
public final class Exchange {
    /** Largest exchange file read: room for many companies with evidence, not for a runaway file. */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;
    private final Transactions tx;
    private final SqlitePacks packs;

    Exchange(Transactions tx, SqlitePacks packs) {
        this.tx = tx;
        this.packs = packs;
    }

    /** The exchange JSON of one company ({@code companyId}), or of every company if it is null. */
    public String export(String companyId) {
        List<CompanyFile> files = tx.read("export", c -> {
            List<CompanyFile> out = new ArrayList<>();
            if (companyId == null) {
                for (Company company : WorkspaceReader.companies(c)) {
                    out.add(WorkspaceReader.companyFile(c, company));
                }
            } else {
                Company company = SqliteCompanies.find(c, companyId).orElseThrow(() -> new StoreException(
                        StoreException.Reason.NOT_FOUND, "There is no company '" + companyId + "' in this workspace."));
                out.add(WorkspaceReader.companyFile(c, company));
            }
            return out;
        });
        return ExchangeWriter.write(new ExchangeDocument(ExchangeDocument.VERSION, AppInfo.NAME + " " + AppInfo.version(),
                Instant.now(), files));
    }

    public void exportTo(Path target, String companyId) {
        AtomicFile.write(target, export(companyId).getBytes(StandardCharsets.UTF_8));
    }

    /** Imports every company of the file in one transaction, or nothing at all. */
    public ImportResult importFile(Path file, PackLibrary library) {
        try {
            // The file is read whole, as text (2 bytes a character) and then as a tree: keep it well inside the heap.
            long limit = Math.min(MAX_FILE_BYTES, Runtime.getRuntime().maxMemory() / 8);
            if (Files.size(file) > limit) {
                throw ExchangeImport.refused("the file is larger than " + limit / (1024 * 1024) + " MB, the most this"
                        + " computer's Triad can import at once; export fewer companies per file");
            }
            return importJson(Files.readString(file, StandardCharsets.UTF_8), library);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new StoreException(StoreException.Reason.REFUSED, "The exchange file " + file.getFileName()
                    + " is not UTF-8 text, so it is not a Triad exchange file. The workspace is unchanged.", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, "The exchange file " + file.getFileName()
                    + " cannot be read (" + e.getMessage() + "). The workspace is unchanged.", e);
        }
    }

    public ImportResult importJson(String json, PackLibrary library) {
        ExchangeDocument doc;
        try {
            doc = ExchangeReader.read(json);
        } catch (ExchangeException e) {
            throw new StoreException(StoreException.Reason.REFUSED, e.getMessage() + "\nThe workspace is unchanged.", e);
        }
        try {
            return tx.write("import the exchange file", c -> new ExchangeImport(c, packs, library).run(doc));
        } catch (StoreException e) {
            if (e.getMessage().startsWith("The exchange file was not imported")) {
                throw e;
            }
            throw new StoreException(e.reason(), "The exchange file was not imported, and the workspace is unchanged: "
                    + e.getMessage(), e);
        }
    }

    /** Every answer of every assessment, one row each, texts in {@code language}; UTF-8 with a BOM for Excel. */
    public String answersCsv(String language) {
        return tx.read("export the answers", c -> new AnswersCsv(c, packs, language).write());
    }

    public void answersCsvTo(Path target, String language) {
        AtomicFile.write(target, answersCsv(language).getBytes(StandardCharsets.UTF_8));
    }
}
