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
        List<CompanyFile> files = tx.read("action.export", c -> {
            List<CompanyFile> out = new ArrayList<>();
            if (companyId == null) {
                for (Company company : WorkspaceReader.companies(c)) {
                    out.add(WorkspaceReader.companyFile(c, company));
                }
            } else {
                Company company = SqliteCompanies.find(c, companyId).orElseThrow(() -> StoreException.of(
                        StoreException.Reason.NOT_FOUND, "export.noCompany", companyId));
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
                throw ExchangeImport.refused("import.tooLarge", limit / (1024 * 1024));
            }
            return importJson(Files.readString(file, StandardCharsets.UTF_8), library);
        } catch (java.nio.charset.MalformedInputException e) {
            throw StoreException.of(StoreException.Reason.REFUSED, e, "import.refused",
                    new StoreText("import.notUtf8", file.getFileName()));
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.FAILED, e, "import.unreadable", file.getFileName());
        }
    }

    public ImportResult importJson(String json, PackLibrary library) {
        ExchangeDocument doc;
        try {
            doc = ExchangeReader.read(json);
        } catch (ExchangeException e) {
            throw StoreException.of(StoreException.Reason.REFUSED, e, "import.refused", new StoreText("import.problems",
                    String.join("\n- ", e.problems())));
        }
        try {
            return tx.write("action.import", c -> new ExchangeImport(c, packs, library).run(doc));
        } catch (StoreException e) {
            if ("import.refused".equals(e.key())) {
                throw e;
            }
            throw StoreException.of(e.reason(), e, "import.refused", e);
        }
    }

    /** Every answer of every assessment, one row each, texts in {@code language}; UTF-8 with a BOM for Excel. */
    public String answersCsv(String language) {
        return tx.read("action.exportAnswers", c -> new AnswersCsv(c, packs, language).write());
    }

    public void answersCsvTo(Path target, String language) {
        AtomicFile.write(target, answersCsv(language).getBytes(StandardCharsets.UTF_8));
    }
}
