package org.triadcsr.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triadcsr.app.env.UserDataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code triad}: with no subcommand, opens the window; subcommands work without starting JavaFX. */
@Command(name = "triad", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = {"Offline triple-bottom-line CSR self-assessment for SMEs.",
            "With no command, opens the Triad window on the workspace: FILE, the --workspace file, or the default one."},
        subcommands = {ScoreCommand.class, PacksCommand.class, WorkspaceCommand.class, AssessmentCommand.class,
            DemoCommand.class, CompanyCommand.class, ReportCommand.class, VerifyCommand.class, ProgressCommand.class})
public final class TriadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace file the window opens (default: workspace.triad in your user data folder).")
    Path workspace;

    /** The {@code --lang} value that asks for a bilingual report. */
    static final String BOTH = "both";

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An existing workspace file to open in the window (what opening a .triad file does).")
    Path file;

    private String language;
    private String requested;

    @Option(names = "--startup-probe", hidden = true,
            description = "Close the window after its first frame (start-up benchmark).")
    boolean startupProbe;

    private final WindowOpener opener;
    private final UserDataFolder dataFolder;

    TriadCommand(WindowOpener opener, UserDataFolder dataFolder) {
        this.opener = opener;
        this.dataFolder = dataFolder;
    }

    /**
     * {@code --lang}, accepted on {@code triad} and on every command below it (an inherited option: the value
     * lands here whichever command it is given to). A language not offered is refused with the list.
     */
    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT,
            description = "Language of messages, texts and the window: en or vi (default: the computer's language if"
                    + " it is Vietnamese, else English).")
    void setLanguage(String value) {
        if (value != null && !CliText.supports(value) && !BOTH.equalsIgnoreCase(value)) {
            CliText text = CliText.of((String) null);
            throw new UsageErrors.Refused(spec.commandLine(), text.get("error.lang", value,
                    String.join(", ", CliText.languages())));
        }
        requested = value == null ? null : value.toLowerCase(Locale.ROOT);
        language = requested == null || BOTH.equals(requested) ? null : requested;
    }

    /**
     * The value given to {@code --lang} as typed (lower case), or null: {@code triad report} also takes
     * {@code both} (English and Vietnamese side by side); everywhere else {@code both} leaves messages in the
     * computer's language.
     */
    String requestedLanguage() {
        return requested;
    }

    /** The language chosen with {@code --lang}, else the computer's if it is offered, else English. */
    String language() {
        return language != null ? language : CliText.systemLanguage();
    }

    /** The workspace the window opens when none is given. */
    Path defaultWorkspace() {
        return dataFolder.defaultWorkspace();
    }

    @Override
    public Integer call() {
        if (file != null) {
            CliText text = CliText.of(language());
            if (workspace != null) {
                throw new UsageErrors.Refused(spec.commandLine(), text.get("open.fileAndWorkspace"));
            }
            if (!Files.isRegularFile(file)) {
                throw new UsageErrors.Refused(spec.commandLine(), text.get("open.noSuchFile", file));
            }
        }
        Path target = file != null ? file : workspace != null ? workspace : dataFolder.defaultWorkspace();
        return opener.open(new WindowOpener.Request(target.toAbsolutePath(), Locale.forLanguageTag(language()),
                startupProbe, file != null || workspace != null, language != null));
    }
}
