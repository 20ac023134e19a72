package vn.portalnews.article;

import vn.portalnews.common.CacheTags;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * What a CDN may purge such a list by: the category's tag, the day's, or, for lists not narrowed to either,
     * the site's list tag (besides the site's own and those of the articles shown).
     */
    public String[] cacheTags(SiteRef site) {
        List<String> tags = new ArrayList<>(List.of(CacheTags.site(site.slug())));
        if (categorySlug != null) {
            tags.add(CacheTags.category(site.slug(), categorySlug));
        }
        LocalDate day = from == null ? null : from.atZone(site.zone()).toLocalDate();
        boolean oneDay = day != null && LocalDates.startOf(day, site.zone()).equals(from)
                && LocalDates.endOf(day, site.zone()).equals(to);
        if (oneDay) {
            tags.add(CacheTags.day(site.slug(), day));
        }
        if (categorySlug == null && !oneDay) {
            tags.add(CacheTags.list(site.slug()));
        }
        return tags.toArray(String[]::new);
    }

    /** Identifies the listing a cursor was issued for, and the cache entry of a page. */
    public String scope(long siteId) {
        return "articles|" + siteId + "|" + categorySlug + "|" + from + "|" + to;
    }
}
