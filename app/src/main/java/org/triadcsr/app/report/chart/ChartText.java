package org.triadcsr.app.report.chart;

import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.triadcsr.model.pack.Text;
import org.triadcsr.model.scoring.Band;

/**
 * The words and number forms of the charts in one language, from {@code charts*.properties} beside this class
 * (English is the master). Numbers follow the language ({@code 1.234,5} in Vietnamese, {@code 1,234.5} in
 * English), dates too ({@code 31/12/2026}, {@code 31 Dec 2026}); undefined numbers show as "–". The window and
 * the report use the same forms, so the figures read alike everywhere.
 */
public final class ChartText {
    static final String BUNDLE = "org.triadcsr.app.report.chart.charts";
    public static final String UNDEFINED = "\u2013";
    private static final String MINUS = "\u2212";
    private final ResourceBundle bundle;
    private final Locale locale;

    private ChartText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Vietnamese for a {@code vi} locale, English for any other. */
    public static ChartText forLocale(Locale locale) {
        Locale chosen = "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        return new ChartText(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), chosen);
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag a pack's texts are read in ({@code en}, {@code vi}). */
    public String language() {
        return locale.getLanguage();
    }

    public String pack(Text text) {
        return text == null ? "" : text.in(language());
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The band's word ("below typical"), so a band is never told by colour alone. */
    public String band(Band band) {
        return band == null ? UNDEFINED : get("band." + band.id());
    }

    /** A score in whole points, "–" when undefined. */
    public String score(Double score) {
        return score == null ? UNDEFINED : format(score, 0, 0);
    }

    /** A delta in points to one decimal with its sign ("+5.2", "−3.0"), "–" when undefined. */
    public String delta(Double delta) {
        if (delta == null) {
            return UNDEFINED;
        }
        String digits = format(Math.abs(delta), 1, 1);
        if (digits.equals(format(0, 1, 1))) {
            return "\u00b1" + digits;
        }
        return (delta > 0 ? "+" : MINUS) + digits;
    }

    /** A measured value: more decimals for small numbers, none for large ones; "–" when undefined. */
    public String number(Double value) {
        if (value == null) {
            return UNDEFINED;
        }
        double abs = Math.abs(value);
        int decimals = abs >= 10_000 ? 0 : abs >= 100 ? 1 : 2;
        return format(value, 0, decimals).replace("-", MINUS);
    }

    /** A value with its unit ("142.5 L/kg"). */
    public String value(Double value, String unit) {
        return value == null || unit == null || unit.isBlank() ? number(value) : number(value) + " " + unit;
    }

    /** A percentage of a 0–1 share ("92 %"). */
    public String percent(Double share) {
        return share == null ? UNDEFINED : format(share * 100, 0, 0) + "\u00a0%";
    }

    /** Money: VND without decimals, any other currency with up to two (none for whole amounts). */
    public String money(Double amount, String currency) {
        if (amount == null) {
            return UNDEFINED;
        }
        String code = currency == null || currency.isBlank() ? "VND" : currency;
        return format(amount, 0, "VND".equals(code) ? 0 : 2) + " " + code;
    }

    public String date(LocalDate date) {
        if (date == null) {
            return UNDEFINED;
        }
        DateTimeFormatter f = "vi".equals(language()) ? DateTimeFormatter.ofPattern("dd/MM/yyyy", locale)
                : DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        return f.format(date);
    }

    /** The axis format of this language. */
    public NumberFormat numberFormat() {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    private String format(double v, int minDecimals, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
