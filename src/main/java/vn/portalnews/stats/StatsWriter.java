package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleViews;
import vn.portalnews.article.ArticleViews.ArticleId;
import vn.portalnews.article.ArticleViews.SiteSlug;
import vn.portalnews.stats.HitBatch.Activity;
import vn.portalnews.stats.HitBatch.ArticleKey;
import vn.portalnews.stats.HitBatch.SiteDay;
import vn.portalnews.stats.HitBatch.VisitorKey;
import vn.portalnews.stats.StatsQueries.CountedView;
import vn.portalnews.stats.StatsQueries.NewVisit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes one batch in one short transaction of its own, whoever calls (the flusher's thread has none).
 * Everything that instances must agree on (session windows, view windows) is decided by the database rows, so
 * several instances flushing at once give exact combined counts. Rows are always touched in key order, so
 * concurrent flushes cannot deadlock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class StatsWriter {

    /** Visits, new visitors and page views of a site's day in one batch. */
    private static final class DayTotals {
        long visits;
        long visitors;
        long pageviews;
    }

    private final StatsQueries queries;
    private final ArticleViews articles;
    private final StatsConfig config;
    private final Clock clock;

    StatsWriter(StatsQueries queries, ArticleViews articles, StatsConfig config, Clock clock) {
        this.queries = queries;
        this.articles = articles;
        this.config = config;
        this.clock = clock;
    }

    void write(HitBatch batch) {
        Map<SiteDay, DayTotals> daily = new HashMap<>();
        batch.pageviews.forEach((day, count) -> daily.computeIfAbsent(day, k -> new DayTotals()).pageviews += count.sum());
        countSessions(batch, daily);
        Map<ArticleId, Map<LocalDate, Long>> views = countViews(batch);
        addDaily(daily);
        addViews(views);
    }

    private void countSessions(HitBatch batch, Map<SiteDay, DayTotals> daily) {
        List<Map.Entry<VisitorKey, Activity>> rows = new ArrayList<>(batch.visitors.entrySet());
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Map.Entry.comparingByKey(Comparator.comparingLong(VisitorKey::siteId).thenComparing(VisitorKey::visitor)));
        List<NewVisit> started = queries.startVisits(
                rows.stream().map(e -> e.getKey().siteId()).toArray(Long[]::new),
                rows.stream().map(e -> e.getKey().visitor()).toArray(UUID[]::new),
                rows.stream().map(e -> e.getValue().first().toString()).toArray(String[]::new),
                rows.stream().map(e -> e.getValue().last().toString()).toArray(String[]::new),
                config.sessionTimeout());
        // the rows a visit started in were written whole; the others only need their last hit
        Set<VisitorKey> written = new HashSet<>();
        started.forEach(visit -> written.add(new VisitorKey(visit.siteId(), visit.visitor())));
        List<Map.Entry<VisitorKey, Activity>> continuing = rows.stream().filter(e -> !written.contains(e.getKey())).toList();
        if (!continuing.isEmpty()) {
            queries.touchSessions(
                    continuing.stream().map(e -> e.getKey().siteId()).toArray(Long[]::new),
                    continuing.stream().map(e -> e.getKey().visitor()).toArray(UUID[]::new),
                    continuing.stream().map(e -> e.getValue().last().toString()).toArray(String[]::new));
        }
        for (NewVisit visit : started) {
            Activity activity = batch.visitors.get(new VisitorKey(visit.siteId(), visit.visitor()));
            DayTotals totals = daily.computeIfAbsent(new SiteDay(visit.siteId(), activity.day()), k -> new DayTotals());
            totals.visits++;
            if (visit.newVisitor()) {
                totals.visitors++;
            }
        }
    }

    /** Views of public articles outside each visitor's last window, by article and local day. */
    private Map<ArticleId, Map<LocalDate, Long>> countViews(HitBatch batch) {
        Map<ArticleId, Map<LocalDate, Long>> views = new HashMap<>();
        if (batch.articleViews.isEmpty()) {
            return views;
        }
        Map<SiteSlug, ArticleId> ids = articles.publicArticles(batch.articleViews.keySet().stream()
                .map(key -> new SiteSlug(key.siteId(), key.slug())).distinct().toList(), clock.instant());
        record ArticleVisitor(ArticleId article, UUID visitor) {
            long articleId() {
                return article.articleId();
            }
        }
        Map<Long, ArticleId> byArticleId = new HashMap<>();
        ids.values().forEach(id -> byArticleId.put(id.articleId(), id));
        Map<ArticleVisitor, Activity> seen = new LinkedHashMap<>();
        batch.articleViews.forEach((ArticleKey key, Activity activity) -> {
            ArticleId id = ids.get(new SiteSlug(key.siteId(), key.slug()));
            if (id != null) {
                seen.put(new ArticleVisitor(id, key.visitor()), activity);
            }
        });
        if (seen.isEmpty()) {
            return views;
        }
        List<ArticleVisitor> keys = new ArrayList<>(seen.keySet());
        keys.sort(Comparator.comparingLong(ArticleVisitor::articleId).thenComparing(ArticleVisitor::visitor));
        List<CountedView> counted = queries.countViews(
                keys.stream().map(ArticleVisitor::articleId).toArray(Long[]::new),
                keys.stream().map(ArticleVisitor::visitor).toArray(UUID[]::new),
                keys.stream().map(key -> seen.get(key).first().toString()).toArray(String[]::new),
                config.viewWindow());
        for (CountedView view : counted) {
            ArticleId article = byArticleId.get(view.articleId());
            Activity activity = seen.get(new ArticleVisitor(article, view.visitor()));
            views.computeIfAbsent(article, k -> new HashMap<>()).merge(activity.day(), 1L, Long::sum);
        }
        return views;
    }

    private void addDaily(Map<SiteDay, DayTotals> daily) {
        if (daily.isEmpty()) {
            return;
        }
        List<Map.Entry<SiteDay, DayTotals>> rows = new ArrayList<>(daily.entrySet());
        rows.sort(Map.Entry.comparingByKey(Comparator.comparingLong(SiteDay::siteId).thenComparing(SiteDay::day)));
        queries.addDaily(
                rows.stream().map(e -> e.getKey().siteId()).toArray(Long[]::new),
                rows.stream().map(e -> e.getKey().day().toString()).toArray(String[]::new),
                rows.stream().map(e -> e.getValue().visits).toArray(Long[]::new),
                rows.stream().map(e -> e.getValue().visitors).toArray(Long[]::new),
                rows.stream().map(e -> e.getValue().pageviews).toArray(Long[]::new));
    }

    private void addViews(Map<ArticleId, Map<LocalDate, Long>> views) {
        if (views.isEmpty()) {
            return;
        }
        record Row(long siteId, long articleId, LocalDate day, long views) {
        }
        List<Row> rows = new ArrayList<>();
        Map<Long, Long> totals = new TreeMap<>();
        views.forEach((article, byDay) -> byDay.forEach((day, count) -> {
            rows.add(new Row(article.siteId(), article.articleId(), day, count));
            totals.merge(article.articleId(), count, Long::sum);
        }));
        rows.sort(Comparator.comparingLong(Row::articleId).thenComparing(Row::day));
        queries.addArticleDaily(
                rows.stream().map(Row::siteId).toArray(Long[]::new),
                rows.stream().map(row -> row.day().toString()).toArray(String[]::new),
                rows.stream().map(Row::articleId).toArray(Long[]::new),
                rows.stream().map(Row::views).toArray(Long[]::new));
        articles.addViews(totals);
    }
}
