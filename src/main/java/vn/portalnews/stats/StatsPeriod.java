package vn.portalnews.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods of the site's zone: today, this week (Monday first), this month, all time. */
public enum StatsPeriod {
    DAY, WEEK, MONTH, ALL;

    LocalDate firstDay(LocalDate today) {
        return switch (this) {
            case DAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
            case ALL -> LocalDate.of(1900, 1, 1);
        };
    }
}
