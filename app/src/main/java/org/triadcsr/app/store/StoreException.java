package org.triadcsr.app.store;

import java.util.Map;

/**
 * The one exception the workspace store throws. Its message is written for the user (what happened, what was
 * kept, what to do next) in every language of {@code org/triadcsr/app/store/messages*.properties}, never a raw
 * SQL error; the cause keeps the technical detail for the log.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient StoreText text;
    private final transient Map<String, String> literal;
    private final Reason reason;

    /** Why the store refused, so a caller can offer the right way out (e.g. the backups). */
    public enum Reason {
        /** The file cannot be used as it is, though it may be fine: missing, read-only, newer schema, another program's. */
        UNUSABLE_FILE,
        /**
         * The file's content is broken: empty, not SQLite, cut off, failing the integrity check or a final
         * assessment's fingerprint. Only then is restoring a backup offered.
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

    private StoreException(Reason reason, StoreText text, Map<String, String> literal, Throwable cause) {
        super(text != null ? text.in("en") : literal.get("en"), cause);
        this.reason = reason;
        this.text = text;
        this.literal = literal;
    }

    /** A refusal in the user's words: {@code key} of the store's message files, with its values. */
    public static StoreException of(Reason reason, String key, Object... args) {
        return new StoreException(reason, new StoreText(key, args), null, null);
    }

    /** The same, keeping the technical cause for the log. */
    public static StoreException of(Reason reason, Throwable cause, String key, Object... args) {
        return new StoreException(reason, new StoreText(key, args), null, cause);
    }

    /** A message given as text (English only); prefer {@link #of}, whose message exists in every language. */
    public StoreException(Reason reason, String message) {
        this(reason, null, Map.of("en", message), null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        this(reason, null, Map.of("en", message), cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The message key, or null for a message given as text. */
    public String key() {
        return text == null ? null : text.key();
    }

    /** The message in {@code language} ({@code en}, {@code vi}); English where a language has no file. */
    public String messageIn(String language) {
        return text != null ? text.in(language) : literal.get("en");
    }
}
