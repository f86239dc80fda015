package org.triadcsr.app.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words, numbers and dates in one language, from {@code messages*.properties} (English is the master).
 * Vietnamese writes {@code 1.234,5} and {@code 31/12/2026}; English {@code 1,234.5} and {@code 31 Dec 2026}.
 */
public final class Messages {
    public static final String BUNDLE = "org.triadcsr.app.ui.messages";
    /** The languages the window ships in, in the order the settings offer them. */
    public static final List<String> LANGUAGES = List.of("en", "vi");
    private final ResourceBundle bundle;
    private final Locale formatLocale;

    private Messages(ResourceBundle bundle, Locale formatLocale) {
        this.bundle = bundle;
        this.formatLocale = formatLocale;
    }

    public static Messages forLocale(Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        Locale chosen = vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), vi ? Locale.forLanguageTag("vi-VN") : Locale.UK);
    }

    public static Messages forLanguage(String language) {
        return forLocale(Locale.forLanguageTag(language));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** {@code en} or {@code vi}: the language pack texts are shown in. */
    public String language() {
        String language = locale().getLanguage();
        return language.isEmpty() ? "en" : language;   // the English master is the root bundle
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, formatLocale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for {@code key}, or {@code fallback} where the bundle has none (e.g. a sector typed by hand). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A sector id ({@code textile-garment}) as a name in this language; an unknown sector as it was typed. */
    public String sector(String sectorId) {
        return sectorId == null ? "" : getOr("sector." + sectorId, sectorId);
    }

    /** A number with up to {@code maxDecimals} decimals, grouped the language's way. */
    public String number(double value, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(formatLocale);
        f.setMaximumFractionDigits(maxDecimals);
        f.setGroupingUsed(true);
        return f.format(value);
    }

    public String number(double value) {
        return number(value, Math.abs(value) >= 100 ? 1 : 2);
    }

    /**
     * Reads a number as the user types it in this language ({@code 1.234,5} in Vietnamese); null if the whole
     * text is not a number.
     */
    public Double parseNumber(String text) {
        String t = text == null ? "" : text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(formatLocale);
        ParsePosition at = new ParsePosition(0);
        Number n = f.parse(t, at);
        return n == null || at.getIndex() != t.length() ? null : n.doubleValue();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(get("format.date"), formatLocale).format(date);
    }

    public DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(get("format.date"), formatLocale);
    }
}
