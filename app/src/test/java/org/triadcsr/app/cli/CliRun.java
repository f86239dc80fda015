package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.triadcsr.app.env.UserDataFolder;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int code, String out, String err) {
    static CliRun of(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, request -> {
            throw new AssertionError("the window must not open for " + String.join(" ", args));
        }, new UserDataFolder(home), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
