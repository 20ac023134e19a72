package vn.portalnews.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.LiveNumber;
import vn.portalnews.common.LiveNumbers;
import vn.portalnews.common.Repeating;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live view totals, overlaid on cached pages (see {@link vn.portalnews.common.RenderedJson}): counting views
 * never drops a rendered page, yet {@code viewCount} is fresh within a refresh interval. This instance's own
 * flushes are merged as they commit; other instances' are read every {@link ViewCountConfig#refreshInterval()}
 * from {@code article_counters} by {@code counted_at}, one indexed range read per instance, whatever the
 * number of articles or readers. Totals only grow, so the larger of two values is always the newer.
 */
@ApplicationScoped
public class ArticleViewCounts implements LiveNumbers {

    private static final Logger LOG = Logger.getLogger(ArticleViewCounts.class);
    private static final int BYTES_PER_TOTAL = 100;

    private final ArticleQueries queries;
    private final ContentChanges changes;
    private final ViewCountConfig config;
    private final Cache<Long, Long> totals;
    private final AtomicLong version = new AtomicLong();
    private volatile Instant newestSeen;
    private ScheduledExecutorService scheduler;

    ArticleViewCounts(ArticleQueries queries, ContentChanges changes, ViewCountConfig config) {
        this.queries = queries;
        this.changes = changes;
        this.config = config;
        this.totals = Caffeine.newBuilder().maximumSize(Math.max(1, config.maxBytes() / BYTES_PER_TOTAL)).build();
    }

    /** An article's total as responses carry it. */
    static LiveNumber live(long articleId, long viewCount) {
        return new LiveNumber(articleId, viewCount);
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public long current(long articleId, long rendered) {
        Long known = totals.getIfPresent(articleId);
        return known == null ? rendered : Math.max(known, rendered);
    }

    /** New totals written in the caller's transaction, shown once it commits (a rolled back flush is retried). */
    void mergeAfterCommit(Map<Long, Long> newTotals) {
        changes.afterCommit(() -> merge(newTotals));
    }

    void merge(Map<Long, Long> newTotals) {
        if (!newTotals.isEmpty()) {
            newTotals.forEach((id, total) -> totals.asMap().merge(id, total, Math::max));
            version.incrementAndGet();
        }
    }

    /** Reads the totals any instance changed lately. */
    void refresh() {
        Instant seen = newestSeen;
        ArticleQueries.ChangedTotals changed = QuarkusTransaction.requiringNew()
                .call(() -> queries.viewTotalsChangedSince(seen));
        if (changed.newest() != null) {
            newestSeen = changed.newest();
        }
        Map<Long, Long> raised = new java.util.HashMap<>();
        changed.totals().forEach((id, total) -> {
            Long known = totals.getIfPresent(id);
            if (known == null || known < total) {
                raised.put(id, total);
            }
        });
        merge(raised);
    }

    void start(@Observes StartupEvent event) {
        scheduler = Repeating.every("view-counts", java.time.Duration.ZERO, config.refreshInterval(), this::refreshQuietly);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** A scheduled task that throws is never run again; a database away for a while only delays the totals. */
    private void refreshQuietly() {
        try {
            refresh();
        } catch (Throwable e) {
            LOG.debugf("View totals not refreshed: %s", e.toString());
        }
    }
}
