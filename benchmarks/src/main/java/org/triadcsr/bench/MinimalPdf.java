package org.triadcsr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cold baseline process: writes a minimal iText document of N pages. */
public final class MinimalPdf {
    private MinimalPdf() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[1]), ReportBenchmark.minimal(Integer.parseInt(args[0])));
    }
}
