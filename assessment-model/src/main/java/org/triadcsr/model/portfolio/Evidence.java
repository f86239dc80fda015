package org.triadcsr.model.portfolio;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A note, photo or document backing an answer. {@code data} is null for a note without a file;
 * {@code questionId} is null for evidence about the assessment as a whole.
 */
public record Evidence(String id, String assessmentId, String questionId, String note, String fileName,
                       String mediaType, byte[] data, String sha256, LocalDate expires) {
    public long size() {
        return data == null ? 0 : data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && Objects.equals(id, e.id) && Objects.equals(assessmentId, e.assessmentId)
                && Objects.equals(questionId, e.questionId) && Objects.equals(note, e.note)
                && Objects.equals(fileName, e.fileName) && Objects.equals(mediaType, e.mediaType)
                && Arrays.equals(data, e.data) && Objects.equals(sha256, e.sha256) && Objects.equals(expires, e.expires);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, assessmentId, questionId, note, fileName, mediaType, sha256, expires) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Evidence[" + id + ", " + fileName + ", " + size() + " bytes]";
    }
}
