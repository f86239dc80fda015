package org.triadcsr.app.report;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.triadcsr.model.pack.Text;

/** The report's words in one language, from {@code messages*.properties}; every string leaves here in NFC. */
public final class ReportTexts {
    public static final String BUNDLE = "org.triadcsr.app.report.messages";
    private final String language;
    private final ResourceBundle bundle;

    private ReportTexts(String language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** {@code vi} gives Vietnamese; any other tag English. */
    public static ReportTexts of(String language) {
        String lang = "vi".equals(language) ? "vi" : "en";
        Locale locale = "vi".equals(lang) ? Locale.forLanguageTag("vi") : Locale.ROOT;
        return new ReportTexts(lang, ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text of {@code key}, its arguments filled in. A missing key shows as {@code !key!}, never as null. */
    public String get(String key, Object... args) {
        try {
            return nfc(new MessageFormat(bundle.getString(key), locale()).format(args));
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** A pack text in this language (English if the pack lacks it). */
    public String text(Text text) {
        return text == null ? "" : nfc(text.in(language));
    }

    /** Numbers as this language writes them. */
    public ReportNumbers numbers() {
        return new ReportNumbers(locale());
    }

    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
