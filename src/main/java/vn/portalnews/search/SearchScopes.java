package vn.portalnews.search;

import java.time.YearMonth;

/**
 * The scope words every article carries in its index entries, as the migration builds them: search_scope
 * (V8) holds all three, title_scopes() the site's and the month's. Months and years are UTC's, as stored. If
 * Java and SQL drifted apart, results would stay right and every search would silently fall to "all time";
 * SearchScopesSqlTest pins them together.
 */
final class SearchScopes {

    private SearchScopes() {
    }

    /** "s1": every article of site 1 has it. */
    static String site(long siteId) {
        return "s" + siteId;
    }

    /** "s1m202611": site 1's articles of November 2026. */
    static String month(long siteId, YearMonth month) {
        return site(siteId) + "m" + (month.getYear() * 100 + month.getMonthValue());
    }

    /** "s1y2026": site 1's articles of 2026. */
    static String year(long siteId, int year) {
        return site(siteId) + "y" + year;
    }
}
