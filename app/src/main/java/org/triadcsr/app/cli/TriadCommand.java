package org.triadcsr.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triadcsr.app.env.UserDataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Option;

/** {@code triad}: with no subcommand, opens the window; subcommands work without starting JavaFX. */
@Command(name = "triad", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = {"Offline triple-bottom-line CSR self-assessment for SMEs.",
            "With no command, opens the Triad window on the workspace: FILE, the --workspace file, or the default one."},
        subcommands = {ScoreCommand.class, PacksCommand.class, WorkspaceCommand.class, AssessmentCommand.class})
public final class TriadCommand implements Callable<Integer> {
    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace file the window opens (default: workspace.triad in your user data folder).")
    Path workspace;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An existing workspace file to open in the window (what opening a .triad file does).")
    Path file;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the window: en or vi (default: the computer's language, else English).")
    String language;

    @Option(names = "--startup-probe", hidden = true,
            description = "Close the window after its first frame (start-up benchmark).")
    boolean startupProbe;

    private final WindowOpener opener;
    private final UserDataFolder dataFolder;

    TriadCommand(WindowOpener opener, UserDataFolder dataFolder) {
        this.opener = opener;
        this.dataFolder = dataFolder;
    }

    @Override
    public Integer call() {
        Locale locale = language();
        if (file != null) {
            CliTexts texts = CliTexts.forLanguage(locale);
            if (workspace != null) {
                throw new ParameterException(spec.commandLine(), texts.get("open.fileAndWorkspace"));
            }
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), texts.get("open.noSuchFile", file));
            }
        }
        Path target = file != null ? file : workspace != null ? workspace : dataFolder.defaultWorkspace();
        return opener.open(new WindowOpener.Request(target.toAbsolutePath(), locale, startupProbe));
    }

    /** The language asked for with --lang, else the computer's. */
    Locale language() {
        return language != null ? Locale.forLanguageTag(language) : Locale.getDefault();
    }
}
