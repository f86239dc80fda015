package org.triadcsr.app.ui.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triadcsr.app.store.ImportResult;
import org.triadcsr.app.store.PackLibrary;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Dialogs;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.Problems;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeException;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.CompanyFile;

/** Importing an exchange file: a preview of what it adds and changes, the user's yes, then the import itself. */
public final class ImportViewModel {
    private final Workspace workspace;
    private final Messages m;
    private final TaskRunner tasks;
    private final Dialogs dialogs;

    public ImportViewModel(Workspace workspace, Messages messages, TaskRunner tasks, Dialogs dialogs) {
        this.workspace = workspace;
        this.m = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reads the file, shows the preview, and imports after the user agrees; {@code after} runs once imported. */
    public void importFile(Path file, Runnable after) {
        tasks.run(() -> preview(file), lines -> {
            if (!dialogs.confirm(m.get("import.title"), m.get("import.preview", file.getFileName(),
                    String.join("\n", lines)), m.get("import.confirm"))) {
                return;
            }
            tasks.run(() -> workspace.exchange().importFile(file, PackLibrary.bundled()), result -> {
                dialogs.info(m.get("import.title"), summary(result));
                after.run();
            }, this::failed);
        }, this::failed);
    }

    /** One line per company and assessment: added, changed or already the same. */
    List<String> preview(Path file) {
        ExchangeDocument doc;
        try {
            doc = ExchangeReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, m.get("import.unreadable", file.getFileName()), e);
        } catch (ExchangeException e) {
            throw new StoreException(StoreException.Reason.REFUSED, m.get("import.invalid", file.getFileName()), e);
        }
        List<String> lines = new ArrayList<>();
        for (CompanyFile cf : doc.companies()) {
            boolean known = workspace.companies().find(cf.company().id()).isPresent();
            lines.add(m.get(known ? "import.company.update" : "import.company.add", cf.company().name()));
            for (CompanyFile.AssessmentFile af : cf.assessments()) {
                Optional<Assessment> here = workspace.assessments().find(af.assessment().id());
                String key = here.isEmpty() ? "import.assessment.add"
                        : here.get().updatedAt().equals(af.assessment().updatedAt()) ? "import.assessment.same"
                        : "import.assessment.change";
                lines.add(m.get(key, af.assessment().period(), m.get("status." + af.assessment().status().id()),
                        af.answers().size()));
            }
        }
        return lines;
    }

    String summary(ImportResult r) {
        String text = m.get("import.done", r.companiesAdded(), r.companiesUpdated(), r.assessmentsWritten(),
                r.assessmentsUnchanged());
        return r.warnings().isEmpty() ? text : text + "\n\n" + String.join("\n", r.warnings());
    }

    private void failed(Throwable problem) {
        dialogs.error(m.get("import.title"), Problems.describe(problem, m), m.get("import.next"));
    }
}
