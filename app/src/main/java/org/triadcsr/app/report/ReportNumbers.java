package org.triadcsr.app.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report prints them (docs/scoring.md): scores in whole points, deltas to one decimal,
 * completeness and attainment in whole percent. An undefined number is never printed as null, NaN or
 * Infinity: it is "–" followed by its reason.
 */
public final class ReportNumbers {
    public static final String DASH = "–";
    private final Locale locale;

    public ReportNumbers(Locale locale) {
        this.locale = "vi".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
    }

    private static boolean undefined(Double v) {
        return v == null || v.isNaN() || v.isInfinite();
    }

    /** "–" with its reason in brackets. */
    public static String dash(String reason) {
        return reason == null || reason.isEmpty() ? DASH : DASH + " (" + reason + ")";
    }

    /** A score in whole points: {@code Math.round}, as on screen. */
    public String points(Double score, String reasonIfUndefined) {
        return undefined(score) ? dash(reasonIfUndefined) : String.valueOf(Math.round(score));
    }

    /** A change in points to one decimal, with its sign. */
    public String delta(Double delta, String reasonIfUndefined) {
        if (undefined(delta)) {
            return dash(reasonIfUndefined);
        }
        double rounded = Math.round(delta * 10) / 10.0;
        return (rounded > 0 ? "+" : "") + format("0.0", rounded);
    }

    /** A share 0–1 as whole percent. */
    public String percent(Double share, String reasonIfUndefined) {
        return undefined(share) ? dash(reasonIfUndefined) : Math.round(share * 100) + " %";
    }

    /** A change in percent to one decimal, with its sign. */
    public String changePercent(Double change, String reasonIfUndefined) {
        return undefined(change) ? dash(reasonIfUndefined) : delta(change, null) + " %";
    }

    /** A measured value: grouped, at most two decimals. */
    public String value(Double v, String reasonIfUndefined) {
        return undefined(v) ? dash(reasonIfUndefined) : format("#,##0.##", v);
    }

    private String format(String pattern, double v) {
        String s = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(v);
        return "-0".equals(s) || "-0.0".equals(s) || "-0,0".equals(s) ? s.substring(1) : s;
    }
}
