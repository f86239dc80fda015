package org.triadcsr.app.cli;

import java.nio.file.Path;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --workspace FILE} option of every command that works in a workspace, and the one way they open
 * it: held for the command's duration, every store error printed with its backups (exit 1).
 */
final class WorkspaceFile {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
    Path file;

    /** What a command does with the open workspace; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(Workspace workspace);
    }

    /** Opens the workspace as its one writer (migrating it if needed) for the duration of the work. */
    int run(Work work) {
        try (Workspace workspace = Workspace.open(file, Workspace.Opener.COMMAND)) {
            return work.run(workspace);
        } catch (StoreException e) {
            return WorkspaceCommand.fail(spec, e, file);
        }
    }

    /** Opens the workspace read-only, so the command works while a Triad window has it open. */
    int read(Work work) {
        try (Workspace workspace = Workspace.openForReading(file)) {
            return work.run(workspace);
        } catch (StoreException e) {
            return WorkspaceCommand.fail(spec, e, file);
        }
    }
}
