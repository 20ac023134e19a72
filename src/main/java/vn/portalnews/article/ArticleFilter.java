package vn.portalnews.article;

import vn.portalnews.common.LocalDates;
import vn.portalnews.common.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which public articles of a site a list shows. {@code from} inclusive, {@code to} exclusive: local days of
 * the site's zone already turned into UTC instants.
 */
public record ArticleFilter(String categorySlug, Instant from, Instant to) {

    /** Every public article of the site. */
    public static final ArticleFilter NONE = new ArticleFilter(null, null, null);

    private static final int MAX_SLUG_LENGTH = 200;

    /** Reads the category, date, from and to query parameters; problems are collected in {@code params}. */
    public static ArticleFilter parse(QueryParams params, ZoneId zone, String category, String date, String from, String to) {
        String categorySlug = params.text("category", category, MAX_SLUG_LENGTH);
        LocalDate day = params.date("date", date);
        LocalDate fromDay = params.date("from", from);
        LocalDate toDay = params.date("to", to);
        if (day != null && (fromDay != null || toDay != null)) {
            params.reject("date", "use either date or from/to, not both");
        }
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            params.reject("to", "must not be before from");
        }
        if (day != null) {
            fromDay = day;
            toDay = day;
        }
        return new ArticleFilter(categorySlug,
                fromDay == null ? null : LocalDates.startOf(fromDay, zone),
                toDay == null ? null : LocalDates.endOf(toDay, zone));
    }

    /** Identifies the listing a cursor was issued for, and the cache entry of a page. */
    public String scope(long siteId) {
        return "articles|" + siteId + "|" + categorySlug + "|" + from + "|" + to;
    }
}
