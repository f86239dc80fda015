package org.triadcsr.app.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.triadcsr.app.demo.Demo;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.settings.Settings;
import org.triadcsr.app.ui.settings.SettingsFile;

/**
 * Takes the README's screenshots from the real window on a demo workspace, at 1366×768, in English and
 * Vietnamese: {@code java ... org.triadcsr.app.ui.Screenshots docs/images} (Monocle headless, see docs/performance.md).
 * Not a test: it writes files for people to look at.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("triad-shots");
        Path file = folder.resolve("demo.triad");
        try (Workspace ws = Workspace.create(file)) {
            Demo.add(ws, Locale.forLanguageTag("vi"), LocalDate.now());
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(started::countDown);
        started.await();
        for (String lang : new String[] {"en", "vi"}) {
            onFx(() -> {
                Stage stage = new Stage();
                TriadWindow w = new TriadWindow(stage, TaskRunner.DIRECT, new SettingsFile(folder.resolve("s.properties")),
                        Settings.defaults(lang).withSize(1366, 768), AssessmentTabs.NONE, folder.resolve("other.triad"));
                stage.show();
                w.open(file, false);
                shot(stage, out.resolve("workspace-" + lang + ".png"));
                String textile = Demo.companies().get(0).id();
                w.showCompany(textile);
                shot(stage, out.resolve("company-" + lang + ".png"));
                var followUp = w.workspace().assessments().forCompany(textile).stream()
                        .filter(a -> a.status().id().equals("draft")).findFirst().orElseThrow();
                w.showAssessment(followUp.id());
                var q = (org.triadcsr.app.ui.questionnaire.QuestionnaireViewModel) stage.getScene().lookup("#questionnaire")
                        .getProperties().get(org.triadcsr.app.ui.questionnaire.QuestionnaireViewModel.class);
                var pack = w.workspace().packs().find(followUp.packId(), followUp.packVersion()).orElseThrow();
                q.goTo(pack.questions().indexOf(pack.question("env.water.metering").orElseThrow()));
                shot(stage, out.resolve("questionnaire-" + lang + ".png"));
                q.goTo(pack.questions().indexOf(pack.question("env.ems.permit").orElseThrow()));
                shot(stage, out.resolve("questionnaire-evidence-" + lang + ".png"));
                q.goTo(pack.questions().indexOf(pack.question("env.water.intensity").orElseThrow()));
                shot(stage, out.resolve("questionnaire-kpi-" + lang + ".png"));
                w.workspace().close();
                stage.hide();
            });
        }
        Platform.exit();
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void shot(Stage stage, Path target) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        WritableImage image = stage.getScene().snapshot(null);
        try {
            Files.write(target, png(image));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plain RGB PNG, written by hand so the UI needs no AWT. */
    static byte[] png(WritableImage image) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < h; y++) {
            raw.write(0);
            for (int x = 0; x < w; x++) {
                int argb = pixels.getArgb(x, y);
                raw.write((argb >> 16) & 0xff);
                raw.write((argb >> 8) & 0xff);
                raw.write(argb & 0xff);
            }
        }
        Deflater deflater = new Deflater(9);
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
