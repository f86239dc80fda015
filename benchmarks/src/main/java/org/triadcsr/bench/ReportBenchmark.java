package org.triadcsr.bench;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.app.report.ReportLanguage;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.ReportModelLoader;
import org.triadcsr.app.report.ReportVerifier;
import org.triadcsr.app.report.pdf.PdfReport;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;

/**
 * The PDF report of a 300-question assessment with two earlier ones (progress against previous and baseline),
 * timed warm in this JVM and cold as a whole {@code triad report} process, beside the same-run baseline of a
 * minimal iText document of the same page count, warm and cold.
 */
final class ReportBenchmark {
    private ReportBenchmark() {
    }

    static void run(int rounds) throws Exception {
        Path dir = Files.createTempDirectory("triad-bench-report");
        Path file = dir.resolve("bench.triad");
        String assessmentId = populate(file);
        ReportModel model;
        try (Workspace ws = Workspace.openForReading(file)) {
            model = ReportModelLoader.load(ws, assessmentId, Clock.systemDefaultZone());
        }
        byte[] pdf = render(model);
        Path out = dir.resolve("report.pdf");
        Files.write(out, pdf);
        int pages = ReportVerifier.verify(out).pages();
        int charts = charts(out);
        List<String> texts = pageTexts(pdf);
        byte[] font = ReportBenchmark.class.getResourceAsStream("/org/triadcsr/app/report/fonts/NotoSans-Regular.ttf")
                .readAllBytes();
        double[] report = new double[rounds];
        double[] bare = new double[rounds];
        double[] same = new double[rounds];
        for (int i = -3; i < rounds; i++) {   // three warm-up rounds, not counted
            long t0 = System.nanoTime();
            try (Workspace ws = Workspace.openForReading(file)) {
                render(ReportModelLoader.load(ws, assessmentId, Clock.systemDefaultZone()));
            }
            long t1 = System.nanoTime();
            minimal(pages);
            long t2 = System.nanoTime();
            sameText(texts, font);
            long t3 = System.nanoTime();
            if (i >= 0) {
                report[i] = (t1 - t0) / 1e6;
                bare[i] = (t2 - t1) / 1e6;
                same[i] = (t3 - t2) / 1e6;
            }
        }
        Stats r = Stats.of(report);
        Stats b = Stats.of(bare);
        System.out.printf("report, 300 questions (6 KPIs), progress vs previous and baseline: %d pages, %d charts, %,d bytes%n",
                pages, charts, pdf.length);
        System.out.printf("  warm  triad report     median %7.0f ms  min %7.0f ms  (load + score + PDF/A-3a)%n", r.median(), r.min());
        System.out.printf("  warm  minimal iText    median %7.0f ms  min %7.0f ms  (%d pages of one line, same run)%n",
                b.median(), b.min(), pages);
        Stats st = Stats.of(same);
        System.out.printf("  warm  same text, plain median %7.0f ms  min %7.0f ms  (the report's text, same font, untagged, not PDF/A)%n",
                st.median(), st.min());
        System.out.printf("  ratio (median) to minimal %.0f, to same text %.1f%n", r.median() / b.median(),
                r.median() / st.median());
        cold(file, assessmentId, dir, pages, Math.max(3, rounds / 2));
    }

    private static byte[] render(ReportModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfReport.write(model, ReportLanguage.BOTH, bytes);
        return bytes.toByteArray();
    }

    /** The baseline: a plain iText document with one line on each of {@code pages} pages. */
    static byte[] minimal(int pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(bytes)))) {
            for (int p = 1; p <= pages; p++) {
                doc.add(new Paragraph("Page " + p));
                if (p < pages) {
                    doc.add(new AreaBreak());
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Figures (charts) in the tag tree. */
    private static int charts(Path pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            return count(doc.getStructTreeRoot().getKids());
        }
    }

    private static int count(List<com.itextpdf.kernel.pdf.tagging.IStructureNode> kids) {
        int n = 0;
        for (var kid : kids == null ? List.<com.itextpdf.kernel.pdf.tagging.IStructureNode>of() : kids) {
            if (kid instanceof com.itextpdf.kernel.pdf.tagging.PdfStructElem e) {
                n += (com.itextpdf.kernel.pdf.PdfName.Figure.equals(e.getRole()) ? 1 : 0) + count(e.getKids());
            }
        }
        return n;
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                out.add(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        }
        return out;
    }

    /** The second baseline: the report's text, page by page, as plain paragraphs in the same embedded font. */
    static byte[] sameText(List<String> pages, byte[] font) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(bytes)))) {
            doc.setFont(com.itextpdf.kernel.font.PdfFontFactory.createFont(font, com.itextpdf.io.font.PdfEncodings.IDENTITY_H,
                    com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED)).setFontSize(8);
            for (int p = 0; p < pages.size(); p++) {
                for (String line : pages.get(p).split("\n")) {
                    doc.add(new Paragraph(line).setMargin(0));
                }
                if (p < pages.size() - 1) {
                    doc.add(new AreaBreak());
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void cold(Path workspace, String assessmentId, Path dir, int pages, int rounds)
            throws IOException, InterruptedException {
        double[] triad = new double[rounds];
        double[] bare = new double[rounds];
        for (int i = -1; i < rounds; i++) {
            double t = time(List.of("org.triadcsr.app.Main", "report", "--workspace", workspace.toString(),
                    "--assessment", assessmentId, "--lang", "both", "--out", dir.resolve("cold.pdf").toString()), dir);
            double b = time(List.of("org.triadcsr.bench.MinimalPdf", String.valueOf(pages), dir.resolve("bare.pdf").toString()), dir);
            if (i >= 0) {
                triad[i] = t;
                bare[i] = b;
            }
        }
        Stats t = Stats.of(triad);
        Stats b = Stats.of(bare);
        System.out.printf("  cold  triad report     median %7.0f ms  min %7.0f ms  (whole process, %d rounds)%n",
                t.median(), t.min(), rounds);
        System.out.printf("  cold  minimal iText    median %7.0f ms  min %7.0f ms  (whole process, same run)%n", b.median(), b.min());
    }

    private static double time(List<String> mainAndArgs, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(dir.toFile(), "last-run.log")));
        builder.environment().put("TRIAD_HOME", dir.toString());
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException(mainAndArgs.get(0) + " exited " + code + "; see " + dir.resolve("last-run.log"));
        }
        return ms;
    }

    /** A company with three assessments of the 300-question pack; returns the latest one's id. */
    private static String populate(Path file) {
        try (Workspace ws = Workspace.create(file)) {
            ws.packs().store(ReportBenchData.packJson());
            Company company = ws.companies().save(new Company("bench-company", "Công ty Đo hiệu năng", "textile-garment",
                    "Bình Dương", new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 150, 40.0, 20.0, WageRegion.II)));
            String id = null;
            for (int a = 0; a < 3; a++) {
                Assessment assessment = ws.assessments().create(company.id(), ReportBenchData.PACK_ID,
                        StoreBenchData.PACK_VERSION, String.valueOf(2023 + a), "Nguyễn Văn Đo");
                for (int q = 0; q < StoreBenchData.QUESTIONS; q++) {
                    ws.answers().save(assessment.id(), new Answer(StoreBenchData.questionId(q), ReportBenchData.value(q, a),
                            q % 10 == 0 ? "ghi chú " + q : ""));
                }
                if (a < 2) {
                    ws.assessments().makeFinal(assessment.id());
                }
                id = assessment.id();
            }
            ws.progress().saveTarget(company.id(), new org.triadcsr.model.progress.Target("bench-target",
                    StoreBenchData.questionId(9), 0.25, java.time.LocalDate.of(2027, 12, 31), ""));
            return id;
        }
    }
}
