package org.triadcsr.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.triadcsr.app.env.UserDataFolder;
import picocli.CommandLine;

/** Runs the command line. The only place in Triad that writes to the console. */
public final class Cli {
    private Cli() {
    }

    /** Runs {@code args} against the process's console; returns the exit code. */
    public static int run(String[] args, WindowOpener opener, UserDataFolder dataFolder) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, opener, dataFolder, out, err);
    }

    public static int run(String[] args, WindowOpener opener, UserDataFolder dataFolder,
                          PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TriadCommand(opener, dataFolder));
        commandLine.addSubcommand("selftest", new SelfTestCommand(dataFolder));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(UsageErrors::handle);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            // Never a stack trace or an exception's own text on the console: the detail goes to the log.
            System.getLogger(Cli.class.getName()).log(System.Logger.Level.ERROR, "command failed", ex);
            CliText text = CliText.of(cl.getCommandSpec());
            cl.getErr().println(cl.getColorScheme().errorText(text.get("error.prefix", text.get("error.unexpected"))));
            return 2;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
