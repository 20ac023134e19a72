package vn.portalnews.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counted hits since the last flush, aggregated in memory: the database sees one row per visitor, not per hit. */
final class HitBatch {

    record VisitorKey(long siteId, UUID visitor) {
    }

    record ArticleKey(long siteId, UUID visitor, String slug) {
    }

    record SiteDay(long siteId, LocalDate day) {
    }

    /** First and last hit of a visitor in this batch, and the local day of the first. */
    record Activity(Instant first, Instant last, LocalDate day) {
        Activity merge(Activity other) {
            return new Activity(first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last,
                    first.isBefore(other.first) ? day : other.day);
        }
    }

    final Map<VisitorKey, Activity> visitors = new ConcurrentHashMap<>();
    /** First view of an article by a visitor in this batch, with its local day. */
    final Map<ArticleKey, Activity> articleViews = new ConcurrentHashMap<>();
    final Map<SiteDay, LongAdder> pageviews = new ConcurrentHashMap<>();
    final LongAdder hits = new LongAdder();
    /** When the oldest hit in this batch was recorded, null while empty. */
    private volatile Instant oldest;

    /** Estimated heap per distinct entry: key, value and map node. */
    static final int VISITOR_BYTES = 160;
    static final int ARTICLE_VIEW_BYTES = 200 + 2 * 200;
    static final int DAY_BYTES = 120;

    void record(long siteId, UUID visitor, String articleSlug, Instant at, LocalDate day) {
        if (oldest == null) {
            oldest = at;
        }
        Activity activity = new Activity(at, at, day);
        visitors.merge(new VisitorKey(siteId, visitor), activity, Activity::merge);
        if (articleSlug != null) {
            articleViews.merge(new ArticleKey(siteId, visitor, articleSlug), activity, Activity::merge);
        }
        pageviews.computeIfAbsent(new SiteDay(siteId, day), key -> new LongAdder()).increment();
        hits.increment();
    }

    /** Puts back a batch whose flush failed, so that nothing is lost. */
    void absorb(HitBatch failed) {
        failed.visitors.forEach((key, activity) -> visitors.merge(key, activity, Activity::merge));
        failed.articleViews.forEach((key, activity) -> articleViews.merge(key, activity, Activity::merge));
        failed.pageviews.forEach((key, count) ->
                pageviews.computeIfAbsent(key, k -> new LongAdder()).add(count.sum()));
        hits.add(failed.hits.sum());
        if (failed.oldest != null && (oldest == null || failed.oldest.isBefore(oldest))) {
            oldest = failed.oldest;
        }
    }

    Instant oldest() {
        return oldest;
    }

    long estimatedBytes() {
        return (long) visitors.size() * VISITOR_BYTES + (long) articleViews.size() * ARTICLE_VIEW_BYTES
                + (long) pageviews.size() * DAY_BYTES;
    }

    boolean isEmpty() {
        return hits.sum() == 0;
    }
}
