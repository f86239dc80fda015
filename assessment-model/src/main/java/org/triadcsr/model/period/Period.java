package org.triadcsr.model.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment's period (spec v1.1 §1): a calendar year ({@code 2025}) or a span of whole months in ISO 8601
 * form ({@code 2025-07/2026-06}, at most 12 months). Monthly inputs are the period's months in order: m1 is
 * {@link #first()}. Dated limits are judged on {@link #lastDay()} or, month by month, on {@link #endOfMonth(int)}.
 */
public record Period(YearMonth first, YearMonth last) {
    public static final int MAX_MONTHS = 12;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");

    public Period {
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("a period spans 1 to 12 whole months, got " + first + "/" + last);
        }
    }

    /** The period a text names, or empty when it is neither form (a period from before v1.1 has no dates). */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            Matcher y = YEAR.matcher(t);
            if (y.matches()) {
                int year = Integer.parseInt(y.group(1));
                return Optional.of(new Period(YearMonth.of(year, 1), YearMonth.of(year, 12)));
            }
            Matcher s = SPAN.matcher(t);
            if (s.matches()) {
                YearMonth from = YearMonth.of(Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)));
                YearMonth to = YearMonth.of(Integer.parseInt(s.group(3)), Integer.parseInt(s.group(4)));
                long months = ChronoUnit.MONTHS.between(from, to) + 1;
                return months >= 1 && months <= MAX_MONTHS ? Optional.of(new Period(from, to)) : Optional.empty();
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether {@code text} is a valid period; input screens refuse anything else, naming the two forms. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }

    /** 31 Dec for a calendar year, else the last day of the span's last month. */
    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    /** The last day of month m{@code index + 1} of the period (index 0 is its first month). */
    public LocalDate endOfMonth(int index) {
        return first.plusMonths(index).atEndOfMonth();
    }

    /** The period as a user writes it: {@code 2025} or {@code 2025-07/2026-06}. */
    @Override
    public String toString() {
        return first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear()
                ? String.valueOf(first.getYear()) : first + "/" + last;
    }
}
