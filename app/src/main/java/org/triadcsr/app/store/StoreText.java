package org.triadcsr.app.store;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.triadcsr.model.answer.InvalidAnswerException;

/**
 * A text of the store in any language: a key of {@code org/triadcsr/app/store/messages*.properties} (English is
 * the master file) and its values. A value that is itself a text (another {@code StoreText}, a
 * {@link StoreException}, an invalid answer) is put in the same language. A language without a file gets English.
 */
public record StoreText(String key, Object... args) {
    static final String BUNDLE = "org.triadcsr.app.store.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public StoreText {
        args = args.clone();
    }

    /** The text in {@code language} ({@code en}, {@code vi}, …). */
    public String in(String language) {
        Locale locale = language == null || language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        Object[] values = Arrays.stream(args).map(a -> localise(a, language)).toArray();
        try {
            return new MessageFormat(bundle.getString(key), locale == Locale.ROOT ? Locale.ENGLISH : locale).format(values);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static Object localise(Object value, String language) {
        if (value instanceof StoreText text) {
            return text.in(language);
        }
        if (value instanceof StoreException e) {
            return e.messageIn(language);
        }
        if (value instanceof InvalidAnswerException e) {
            return e.messageIn(language);
        }
        if (value instanceof java.nio.file.Path path) {
            return path.toString();
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreText t && key.equals(t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return in("en");
    }
}
