package org.triadcsr.app.store;

import java.util.Map;

/**
 * The one exception the workspace store throws. Its message is written for the user (what happened, what to
 * do), never a raw SQL error; the cause keeps the technical detail for the log.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> messages;
    private final Reason reason;

    /** Why the store refused, so a caller can offer the right way out (e.g. the backups). */
    public enum Reason {
        /** The file cannot be used as it is, though it may be fine: missing, read-only, newer schema, another program's. */
        UNUSABLE_FILE,
        /**
         * The file's content is broken: empty, not SQLite, cut off, failing the integrity check. Only then is
         * restoring a backup offered.
         */
        DAMAGED,
        /** Another Triad window or process has the workspace open. */
        ALREADY_OPEN,
        /** The request breaks a rule of the data (final assessment, invalid answer, bad evidence, clash). */
        REFUSED,
        /** Nothing with that id. */
        NOT_FOUND,
        /** The disk or SQLite failed underneath. */
        FAILED
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        this(reason, message, null, cause);
    }

    /** With a Vietnamese text too, where the model supplies one (invalid answers). */
    public StoreException(Reason reason, String english, String vietnamese, Throwable cause) {
        super(english, cause);
        this.reason = reason;
        this.messages = vietnamese == null ? Map.of("en", english) : Map.of("en", english, "vi", vietnamese);
    }

    public Reason reason() {
        return reason;
    }

    /** The message in {@code language} where one exists, else English. */
    public String messageIn(String language) {
        return messages.getOrDefault(language, getMessage());
    }
}
