package org.triadcsr.app.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint printed on every page: the SHA-256 of the assessment's data. */
public final class ReportFingerprint {
    private ReportFingerprint() {
    }

    /** The fingerprint of the attached exchange JSON. */
    public static String of(String exchangeJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(exchangeJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
