package org.triadcsr.app.cli;

import java.nio.file.Path;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --workspace FILE} option of the report commands, defaulting to the workspace the window opens,
 * and the language of their messages (the inherited {@code --lang}).
 */
final class CommandContext {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "The workspace file (default: workspace.triad in your user data folder).")
    Path workspace;

    /** The language of messages: the inherited {@code --lang} given to any command, else the computer's. */
    String language() {
        return text().language();
    }

    CliText text() {
        return CliText.of(spec);
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
