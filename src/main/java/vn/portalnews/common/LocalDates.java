package vn.portalnews.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Local calendar days of a site's zone, as the UTC instant ranges they are stored as. */
public final class LocalDates {

    private LocalDates() {
    }

    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: the first instant of the following day. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
