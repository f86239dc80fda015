package org.triadcsr.app.store;

import java.util.Locale;
import java.util.Map;

/**
 * What a workspace accepts as an evidence file: at most 25 MB, and only photos, PDFs and office documents.
 * The type is judged by the file name's extension and must agree with the declared media type, so a program
 * or script renamed to {@code .pdf} with another type is refused too.
 */
public final class EvidencePolicy {
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("heif", "image/heif"), Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("bmp", "image/bmp"), Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    private EvidencePolicy() {
    }

    /** The media type for a file name, or null if the type is not accepted. */
    public static String mediaTypeOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Refuses, with the user's message, a file that is too large or of a type that is not accepted. */
    public static void check(String fileName, String mediaType, long size) {
        String expected = mediaTypeOf(fileName);
        if (expected == null || (mediaType != null && !expected.equalsIgnoreCase(mediaType))) {
            throw StoreException.of(StoreException.Reason.REFUSED, "evidence.type", fileName);
        }
        if (size > MAX_BYTES) {
            throw StoreException.of(StoreException.Reason.REFUSED, "evidence.tooLarge", fileName,
                    String.format(Locale.ROOT, "%.1f", size / 1024.0 / 1024.0));
        }
    }
}
