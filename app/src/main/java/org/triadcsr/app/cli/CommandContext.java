package org.triadcsr.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --workspace FILE} and {@code --lang en|vi} options of the report commands: the workspace defaults
 * to the one the window opens; the language to the one given to {@code triad}, else the computer's.
 */
final class CommandContext {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "The workspace file (default: workspace.triad in your user data folder).")
    Path workspace;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: en or vi.")
    String language;

    /** The language of messages, checked. */
    String language() {
        String chosen = language;
        Object root = spec.root().userObject();
        if (chosen == null && root instanceof TriadCommand triad) {
            chosen = triad.language;
        }
        if (chosen == null) {
            chosen = Locale.getDefault().getLanguage();
        }
        return "vi".equalsIgnoreCase(chosen) ? "vi" : "en";
    }

    CliText text() {
        return CliText.of(language());
    }

    Path workspaceFile() {
        if (workspace != null) {
            return workspace;
        }
        return spec.root().userObject() instanceof TriadCommand triad ? triad.defaultWorkspace() : Path.of("workspace.triad");
    }

    /** Opens the workspace read-only (a window may have it open) for the work; store errors exit 1. */
    int read(WorkspaceFile.Work work) {
        Path file = workspaceFile();
        try (Workspace ws = Workspace.openForReading(file)) {
            return work.run(ws);
        } catch (StoreException e) {
            return fail(e.messageIn(language()));
        }
    }

    int fail(String message) {
        spec.commandLine().getErr().println(text().get("error.prefix", message));
        return 1;
    }
}
