package org.triadcsr.bench;

import java.util.Arrays;

/**
 * {@code bin/bench startup [ROUNDS]} times whole-process start-up; {@code bin/bench jmh [JMH options]} runs the
 * JMH benchmarks (all, or those matching a pattern); {@code bin/bench image} compares the app image's start-up
 * with the checkout's ({@link ImageBenchmark}).
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (what) {
            case "startup" -> StartupBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 10);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "store" -> StoreBenchmark.run();
            case "report" -> ReportBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 10);
            case "image" -> ImageBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 10,
                    rest.length > 1 ? java.nio.file.Path.of(rest[1]) : ImageBenchmark.defaultImage());
            default -> System.out.println("usage: bin/bench startup [ROUNDS] | bin/bench store | bin/bench report [ROUNDS]"
                    + " | bin/bench image [ROUNDS] [IMAGE_DIR] | bin/bench jmh [JMH options, e.g. ModelBenchmarks]");
        }
    }
}
