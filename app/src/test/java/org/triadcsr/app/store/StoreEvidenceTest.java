package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Evidence;

class StoreEvidenceTest {
    @TempDir
    Path dir;

    @Test
    void aPhotoIsKeptWithItsTypeSizeAndHash() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            byte[] photo = new byte[300_000];
            photo[0] = (byte) 0xFF;
            Evidence e = ws.evidence().addFile(a.id(), "env.water.metering", "IMG_0042.JPG", photo, "meter", LocalDate.of(2027, 3, 1));
            Evidence back = ws.evidence().find(e.id()).orElseThrow();
            assertThat(back.mediaType()).isEqualTo("image/jpeg");
            assertThat(back.size()).isEqualTo(300_000);
            assertThat(back.sha256()).isEqualTo(ExchangeReader.sha256(photo));
            assertThat(back).isEqualTo(e);
            ws.evidence().remove(e.id());
            assertThat(ws.evidence().of(a.id())).isEmpty();
        }
    }

    @Test
    void aFileOverTwentyFiveMegabytesIsRefused() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            byte[] big = new byte[(int) EvidencePolicy.MAX_BYTES + 1];
            assertThatThrownBy(() -> ws.evidence().addFile(a.id(), null, "scan.pdf", big, null, null))
                    .isInstanceOf(StoreException.class).hasMessageContaining("at most 25 MB");
            byte[] limit = new byte[(int) EvidencePolicy.MAX_BYTES];
            ws.evidence().addFile(a.id(), null, "scan.pdf", limit, null, null);
            assertThat(ws.evidence().of(a.id())).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "macro.js", "notes.txt", "archive.zip", "noextension", "photo.jpg.bat"})
    void aFileThatIsNotAPhotoPdfOrOfficeDocumentIsRefused(String name) {
        try (Workspace ws = Workspace.create(dir.resolve("ws.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            assertThatThrownBy(() -> ws.evidence().addFile(a.id(), null, name, new byte[10], null, null))
                    .isInstanceOf(StoreException.class).hasMessageContaining("only photos")
                    .hasMessageContaining("PDF and office documents");
            assertThat(ws.evidence().of(a.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.png", "b.HEIC", "c.pdf", "d.docx", "e.xlsx", "f.pptx", "g.odt", "h.xls", "i.doc"})
    void photosPdfsAndOfficeDocumentsAreAccepted(String name) {
        assertThat(EvidencePolicy.mediaTypeOf(name)).isNotNull();
        EvidencePolicy.check(name, EvidencePolicy.mediaTypeOf(name), 1);
    }

    @Test
    void aDeclaredTypeThatDisagreesWithTheNameIsRefused() {
        assertThatThrownBy(() -> EvidencePolicy.check("report.pdf", "application/x-sh", 10)).isInstanceOf(StoreException.class);
    }
}
