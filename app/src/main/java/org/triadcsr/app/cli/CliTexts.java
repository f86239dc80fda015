package org.triadcsr.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's texts, from {@code org/triadcsr/app/cli/messages*.properties}: English, or Vietnamese when
 * the language asked for is {@code vi}.
 */
final class CliTexts {
    private static final String BUNDLE = "org.triadcsr.app.cli.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliTexts forLanguage(Locale requested) {
        return new CliTexts("vi".equals(requested.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ROOT);
    }

    /** {@code en} or {@code vi}. */
    String language() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
