package vn.portalnews.article;

import java.time.Instant;

/**
 * Which public articles of a site a list shows. {@code from} inclusive, {@code to} exclusive: local days of
 * the site's zone already turned into UTC instants.
 */
public record ArticleFilter(String categorySlug, Instant from, Instant to) {

    /** Identifies the listing a cursor was issued for, and the cache entry of a page. */
    String scope(long siteId) {
        return "articles|" + siteId + "|" + categorySlug + "|" + from + "|" + to;
    }
}
