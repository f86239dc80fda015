package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triadcsr.app.store.Backup;
import org.triadcsr.app.store.BackupRestore;
import org.triadcsr.app.store.Backups;
import org.triadcsr.app.store.Migrations;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceInfo;
import org.triadcsr.app.store.WorkspaceInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triad workspace create|info|restore}: workspace files from the command line. */
@Command(name = "workspace", description = "Create, check, restore, export and import workspace files (*.triad).",
        subcommands = {WorkspaceCommand.Create.class, WorkspaceCommand.Info.class, WorkspaceCommand.Restore.class,
            WorkspaceTransferCommands.Export.class, WorkspaceTransferCommands.Import.class,
            WorkspaceTransferCommands.Csv.class})
final class WorkspaceCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints the store's message and, for a file that cannot be used, the backups there are to restore. */
    static int fail(CommandSpec spec, StoreException e, Path workspace) {
        PrintWriter err = spec.commandLine().getErr();
        CliText text = CliText.of(spec);
        err.println(text.get("error.prefix", e.messageIn(text.language())));
        if (e.reason() == StoreException.Reason.DAMAGED && workspace != null) {
            List<Backup> backups = listBackups(workspace);
            if (!backups.isEmpty()) {
                err.println(text.get("backups.offer", workspace));
                printBackups(err, backups, text);
            }
        }
        return 1;
    }

    /** The backups, or none if even their folder cannot be read (the refusal already printed says enough). */
    private static List<Backup> listBackups(Path workspace) {
        try {
            return Backups.list(workspace);
        } catch (StoreException unreadable) {
            return List.of();
        }
    }

    static void printBackups(PrintWriter out, List<Backup> backups, CliText text) {
        for (int i = 0; i < backups.size(); i++) {
            Backup b = backups.get(i);
            out.println(text.get("backups.line", String.format("%2d", i + 1), b.taken().format(WHEN),
                    String.format("%-22s", b.why()), b.sizeBytes(), b.file()));
        }
    }

    @Command(name = "create", description = "Create a new, empty workspace file.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The new workspace file, e.g. clients.triad.")
        Path file;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.create(file)) {
                spec.commandLine().getOut().println(CliText.of(spec).get("workspace.created", ws.file(), Migrations.LATEST));
                return 0;
            } catch (StoreException e) {
                return fail(spec, e, null);
            }
        }
    }

    @Command(name = "info", description = {"Run every open check on a workspace and describe it.",
        "Exit code 1, with the reason, if the workspace cannot be used."})
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
        Path file;

        @Override
        public Integer call() {
            try {
                WorkspaceInfo info = WorkspaceInspector.inspect(file);
                int finals = WorkspaceInspector.checkContents(file);
                PrintWriter out = spec.commandLine().getOut();
                CliText text = CliText.of(spec);
                out.println(text.get("info.workspace", file.toAbsolutePath()));
                out.println(text.get("info.schema", info.schemaVersion(), Migrations.LATEST));
                out.println(text.get("info.companies", info.companies()));
                out.println(text.get("info.assessments", info.assessments()));
                out.println(text.get("info.answers", info.answers()));
                out.println(text.get("info.integrity." + info.integrity()));
                out.println(text.get("info.fingerprints", finals));
                out.println(text.get("info.size", info.sizeBytes()));
                out.println(text.get("info.backups", listBackups(file).size(), Backups.folder(file)));
                return 0;
            } catch (StoreException e) {
                return fail(spec, e, file);
            }
        }
    }

    @Command(name = "restore", description = {"List the backups of a workspace, or restore one by its number.",
        "What the workspace holds now is kept as a backup first."})
    static final class Restore implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
        Path file;

        @Parameters(paramLabel = "NUMBER", arity = "0..1", description = "The backup to restore, as listed (1 = newest).")
        Integer number;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CliText text = CliText.of(spec);
            try {
                List<Backup> backups = Backups.list(file);
                if (number == null) {
                    if (backups.isEmpty()) {
                        out.println(text.get("restore.none", file, Backups.folder(file)));
                    } else {
                        printBackups(out, backups, text);
                    }
                    return 0;
                }
                if (number < 1 || number > backups.size()) {
                    spec.commandLine().getErr().println(text.get("error.prefix", backups.isEmpty()
                            ? text.get("restore.noSuchNumber.none", number)
                            : text.get("restore.noSuchNumber", number, backups.size(), file)));
                    return 1;
                }
                Backup chosen = backups.get(number - 1);
                Path kept = BackupRestore.restore(file, chosen, Clock.systemDefaultZone(), Workspace.Opener.COMMAND);
                out.println(text.get("restore.done", file, chosen.taken().format(WHEN)));
                if (kept != null) {
                    out.println(text.get("restore.kept", kept));
                }
                return 0;
            } catch (StoreException e) {
                return fail(spec, e, null);
            }
        }
    }
}
