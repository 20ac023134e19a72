package vn.portalnews.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Local calendar days of a site's zone, as the UTC instant ranges they are stored as. */
public final class LocalDates {

    private LocalDates() {
    }

    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** An instant as the site's local time with its UTC offset ("+07:00"), as every response shows it; null stays null. */
    public static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    /** Exclusive end: the first instant of the following day. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
