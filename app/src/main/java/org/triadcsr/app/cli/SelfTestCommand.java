package org.triadcsr.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triadcsr.app.env.AppInfo;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.app.selftest.SelfTest;
import org.triadcsr.app.selftest.SelfTestResult;
import org.triadcsr.app.selftest.SelfTestResult.Outcome;
import org.triadcsr.app.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code triad selftest}: checks an installation end to end in a temporary folder, without a display, and
 * prints each step with its time. Exit 0 when no step failed.
 */
@Command(name = "selftest", description = {"Check this installation: create a temporary workspace, load every pack,"
        + " add the demo, score it, write and verify a PDF report, delete everything.", "Needs no display."})
final class SelfTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final UserDataFolder dataFolder;

    SelfTestCommand(UserDataFolder dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CliText texts = CliText.of(spec);
        SelfTest test = SelfTest.standard();
        out.println(texts.get("selftest.title", test.size(), AppInfo.version(), System.getProperty("java.version")));
        int[] index = {0};
        long start = System.nanoTime();
        List<SelfTestResult> results = test.run(Path.of(System.getProperty("java.io.tmpdir")), texts.locale(),
                result -> out.println(line(texts, ++index[0], test.size(), result)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long passed = count(results, Outcome.PASSED);
        if (SelfTest.passed(results)) {
            out.println(texts.get("selftest.summary.passed", passed, results.size(), count(results, Outcome.UNAVAILABLE),
                    millis));
            return 0;
        }
        out.println(texts.get("selftest.summary.failed", passed, results.size(), count(results, Outcome.FAILED),
                count(results, Outcome.NOT_RUN), millis, dataFolder.logFolder()));
        return 1;
    }

    private static String line(CliText texts, int index, int total, SelfTestResult result) {
        String step = String.format("[%d/%d] %s", index, total, texts.get(result.step().key()));
        switch (result.outcome()) {
            case PASSED:
                return String.format("%s ... %s, %d ms: %s", step, texts.get("selftest.passed"), result.millis(),
                        texts.get(result.step().key() + ".detail", result.detail().toArray()));
            case FAILED:
                return String.format("%s ... %s, %d ms: %s", step, texts.get("selftest.failed"), result.millis(),
                        failure(result.failure(), texts));
            case UNAVAILABLE:
                return step + " ... " + texts.get("selftest.unavailable");
            default:
                return step + " ... " + texts.get("selftest.notRun");
        }
    }

    /** A store error in the user's language; anything else by its message (the log has the stack trace). */
    private static String failure(Throwable failure, CliText texts) {
        if (failure instanceof StoreException) {
            return ((StoreException) failure).messageIn(texts.language());
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static long count(List<SelfTestResult> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
