package org.triadcsr.app.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's words in one language, from {@code org/triadcsr/app/cli/messages*.properties} (English is
 * the master file). The languages offered are listed in the master file's {@code languages} key, so a third
 * language is a new {@code messages_XX.properties} file and one more code in that list.
 */
public final class CliText {
    static final String BUNDLE = "org.triadcsr.app.cli.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final String language;
    private final ResourceBundle bundle;

    private CliText(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language),
                NO_FALLBACK);
    }

    /** The texts in {@code language}; a language not offered (or null) gives the computer's, else English. */
    public static CliText of(String language) {
        return new CliText(supports(language) ? language.toLowerCase(Locale.ROOT) : systemLanguage());
    }

    /** The texts in the language of {@code locale}, English if it is not offered. */
    public static CliText forLanguage(Locale locale) {
        return new CliText(supports(locale.getLanguage()) ? locale.getLanguage() : "en");
    }

    /** The texts in the language given to {@code triad --lang} (on any command), else the computer's. */
    static CliText of(CommandSpec spec) {
        return spec.root().userObject() instanceof TriadCommand triad ? of(triad.language()) : of((String) null);
    }

    /** The language codes offered, English first. */
    public static List<String> languages() {
        String list = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).getString("languages");
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean supports(String language) {
        return language != null && languages().contains(language.toLowerCase(Locale.ROOT));
    }

    /** The computer's language if it is offered, else English. */
    static String systemLanguage() {
        String system = Locale.getDefault().getLanguage();
        return supports(system) ? system : "en";
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text for {@code key} with its {@code {0}} … filled in; {@code !key!} if a file lacks it. */
    public String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
