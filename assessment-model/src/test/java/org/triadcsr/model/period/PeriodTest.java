package org.triadcsr.model.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void aCalendarYearEndsOnTheThirtyFirstOfDecember() {
        Period p = Period.parse("2025").orElseThrow();
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.months()).isEqualTo(12);
        assertThat(p.endOfMonth(1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(p).hasToString("2025");
    }

    @Test
    void aSpanOfMonthsStartsWithItsFirstMonth() {
        Period p = Period.parse("2025-07/2026-06").orElseThrow();
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(p.endOfMonth(0)).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(p.endOfMonth(6)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(p).hasToString("2025-07/2026-06");
    }

    @Test
    void anyOtherTextHasNoDates() {
        for (String bad : new String[] {"FY2025", "2025-01/2026-01", "2025-13/2026-01", "2026-01/2025-12", "", "25"}) {
            assertThat(Period.parse(bad)).as(bad).isEmpty();
        }
        assertThat(Period.parse(null)).isEmpty();
    }
}
