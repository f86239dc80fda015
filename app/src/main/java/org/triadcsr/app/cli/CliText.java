package org.triadcsr.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The command line's words in one language, from {@code org/triadcsr/app/cli/messages*.properties}. */
final class CliText {
    static final String BUNDLE = "org.triadcsr.app.cli.messages";
    private final String language;
    private final ResourceBundle bundle;

    private CliText(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, "vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code vi} for Vietnamese, anything else English. */
    static CliText of(String language) {
        return new CliText("vi".equals(language) ? "vi" : "en");
    }

    String language() {
        return language;
    }

    String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language)).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
