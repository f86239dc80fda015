package org.triadcsr.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;

/** A small valid pack and helpers that build workspaces with data in them, on real files. */
final class StoreFixtures {
    static final String PACK_ID = "mini-test";
    static final String PACK_VERSION = "1.0.0";

    private StoreFixtures() {
    }

    static byte[] packJson() {
        try (InputStream in = StoreFixtures.class.getResourceAsStream("mini-pack.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Company company(String id, String name) {
        return new Company(id, name, "textile-garment", "Bình Dương",
                new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 120, 80.0, 30.0, WageRegion.I));
    }

    /** Every kind of answer the mini pack has. */
    static List<Answer> answers() {
        List<Double> months = new java.util.ArrayList<>(java.util.Collections.nCopies(12, 10.0));
        months.set(3, null);
        return List.of(
                new Answer("env.water.metering", new AnswerValue.Level(3), "đồng hồ ở mỗi dây chuyền"),
                Answer.of("env.water.use", new AnswerValue.KpiInputs(Map.of(
                        "water_m3", new InputValue.Monthly(months), "output_kg", new InputValue.Annual(5000)))),
                Answer.of("soc.labour.contracts", AnswerValue.YesNo.PARTIAL),
                Answer.of("prd.quality.system", new AnswerValue.Choice("iso9001")));
    }

    /** A workspace with one company and one draft assessment holding {@link #answers()}; returns the assessment. */
    static Assessment populate(Workspace ws, String companyId) {
        ws.packs().store(packJson());
        ws.companies().save(company(companyId, "Công ty May " + companyId));
        Assessment a = ws.assessments().create(companyId, PACK_ID, PACK_VERSION, "2025", "Nguyễn Văn A");
        answers().forEach(ans -> ws.answers().save(a.id(), ans));
        return a;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
