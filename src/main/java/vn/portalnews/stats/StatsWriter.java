package vn.portalnews.stats;

import vn.portalnews.stats.HitBatch.Activity;
import vn.portalnews.stats.HitBatch.ArticleKey;
import vn.portalnews.stats.HitBatch.SiteDay;
import vn.portalnews.stats.HitBatch.VisitorKey;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one batch in one short transaction of additive upserts. Everything that instances must agree on
 * (session windows, view windows) is decided by the database rows, so several instances flushing at once
 * give exact combined counts. Rows are always touched in key order, so concurrent flushes cannot deadlock.
 */
final class StatsWriter {

    private final DataSource dataSource;
    private final Duration sessionTimeout;
    private final Duration viewWindow;

    StatsWriter(DataSource dataSource, Duration sessionTimeout, Duration viewWindow) {
        this.dataSource = dataSource;
        this.sessionTimeout = sessionTimeout;
        this.viewWindow = viewWindow;
    }

    void write(HitBatch batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<SiteDay, long[]> daily = new HashMap<>();
                batch.pageviews.forEach((day, count) -> daily.computeIfAbsent(day, k -> new long[3])[2] += count.sum());
                upsertSessions(connection, batch, daily);
                Map<Long, Map<LocalDate, Long>> views = countViews(connection, batch);
                upsertDaily(connection, daily);
                upsertViews(connection, views);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** A new row is a new visitor of the day and a new visit; an old row past the timeout starts a new visit. */
    private void upsertSessions(Connection connection, HitBatch batch, Map<SiteDay, long[]> daily) throws SQLException {
        List<Map.Entry<VisitorKey, Activity>> rows = new ArrayList<>(batch.visitors.entrySet());
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Map.Entry.comparingByKey(Comparator.comparingLong(VisitorKey::siteId).thenComparing(VisitorKey::visitor)));
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into visitor_sessions as s (site_id, visitor, visit_started, last_seen)
                select v.site_id, v.visitor, v.first_seen::timestamptz, v.last_seen::timestamptz
                from unnest(?::bigint[], ?::uuid[], ?::text[], ?::text[]) with ordinality
                     as v(site_id, visitor, first_seen, last_seen, position)
                order by v.position
                on conflict (site_id, visitor) do update set
                    visit_started = case when s.last_seen < excluded.visit_started - ?::interval
                                         then excluded.visit_started else s.visit_started end,
                    last_seen = greatest(s.last_seen, excluded.last_seen)
                returning site_id, visitor, visit_started, (xmax = 0) as inserted""")) {
            statement.setArray(1, connection.createArrayOf("bigint", rows.stream().map(e -> e.getKey().siteId()).toArray()));
            statement.setArray(2, connection.createArrayOf("uuid", rows.stream().map(e -> e.getKey().visitor()).toArray()));
            statement.setArray(3, connection.createArrayOf("text", rows.stream().map(e -> e.getValue().first().toString()).toArray()));
            statement.setArray(4, connection.createArrayOf("text", rows.stream().map(e -> e.getValue().last().toString()).toArray()));
            statement.setString(5, sessionTimeout.toSeconds() + " seconds");
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    VisitorKey key = new VisitorKey(result.getLong(1), result.getObject(2, UUID.class));
                    Activity activity = batch.visitors.get(key);
                    boolean newVisit = result.getTimestamp(3).toInstant().equals(activity.first());
                    long[] counts = daily.computeIfAbsent(new SiteDay(key.siteId(), activity.day()), k -> new long[3]);
                    if (newVisit) {
                        counts[0]++;
                    }
                    if (result.getBoolean(4)) {
                        counts[1]++;
                    }
                }
            }
        }
    }

    /** Resolves article slugs of public articles, then counts a view only outside the visitor's last window. */
    private Map<Long, Map<LocalDate, Long>> countViews(Connection connection, HitBatch batch) throws SQLException {
        Map<Long, Map<LocalDate, Long>> views = new HashMap<>();
        if (batch.articleViews.isEmpty()) {
            return views;
        }
        record SiteSlug(long siteId, String slug) {
        }
        record ArticleVisitor(long articleId, UUID visitor) {
        }
        Map<SiteSlug, Long> ids = new HashMap<>();
        List<ArticleKey> keys = new ArrayList<>(batch.articleViews.keySet());
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.site_id, a.slug, a.id from articles a
                join unnest(?::bigint[], ?::text[]) as k(site_id, slug) on a.site_id = k.site_id and a.slug = k.slug
                where a.status = 'PUBLISHED' and a.published_at <= now()""")) {
            statement.setArray(1, connection.createArrayOf("bigint", keys.stream().map(ArticleKey::siteId).toArray()));
            statement.setArray(2, connection.createArrayOf("text", keys.stream().map(ArticleKey::slug).toArray()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    ids.put(new SiteSlug(result.getLong(1), result.getString(2)), result.getLong(3));
                }
            }
        }
        record Row(long articleId, UUID visitor, Activity activity) {
        }
        List<Row> rows = new ArrayList<>();
        batch.articleViews.forEach((key, activity) -> {
            Long id = ids.get(new SiteSlug(key.siteId(), key.slug()));
            if (id != null) {
                rows.add(new Row(id, key.visitor(), activity));
            }
        });
        if (rows.isEmpty()) {
            return views;
        }
        rows.sort(Comparator.comparingLong(Row::articleId).thenComparing(Row::visitor));
        Map<ArticleVisitor, Row> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(new ArticleVisitor(row.articleId(), row.visitor()), row));
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into article_view_windows as w (article_id, visitor, last_counted)
                select v.article_id, v.visitor, v.seen::timestamptz
                from unnest(?::bigint[], ?::uuid[], ?::text[]) with ordinality as v(article_id, visitor, seen, position)
                order by v.position
                on conflict (article_id, visitor) do update set
                    last_counted = case when w.last_counted <= excluded.last_counted - ?::interval
                                        then excluded.last_counted else w.last_counted end
                returning article_id, visitor, last_counted""")) {
            statement.setArray(1, connection.createArrayOf("bigint", rows.stream().map(Row::articleId).toArray()));
            statement.setArray(2, connection.createArrayOf("uuid", rows.stream().map(Row::visitor).toArray()));
            statement.setArray(3, connection.createArrayOf("text", rows.stream().map(r -> r.activity().first().toString()).toArray()));
            statement.setString(4, viewWindow.toSeconds() + " seconds");
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    Row row = byKey.get(new ArticleVisitor(result.getLong(1), result.getObject(2, UUID.class)));
                    Instant counted = result.getTimestamp(3).toInstant();
                    if (counted.equals(row.activity().first())) {
                        views.computeIfAbsent(row.articleId(), k -> new HashMap<>())
                                .merge(row.activity().day(), 1L, Long::sum);
                    }
                }
            }
        }
        return views;
    }

    private void upsertDaily(Connection connection, Map<SiteDay, long[]> daily) throws SQLException {
        if (daily.isEmpty()) {
            return;
        }
        List<Map.Entry<SiteDay, long[]>> rows = new ArrayList<>(daily.entrySet());
        rows.sort(Map.Entry.comparingByKey(Comparator.comparingLong(SiteDay::siteId).thenComparing(SiteDay::day)));
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into site_daily_stats as d (site_id, day, visits, visitors, pageviews)
                select * from unnest(?::bigint[], ?::date[], ?::bigint[], ?::bigint[], ?::bigint[])
                on conflict (site_id, day) do update set
                    visits = d.visits + excluded.visits,
                    visitors = d.visitors + excluded.visitors,
                    pageviews = d.pageviews + excluded.pageviews""")) {
            statement.setArray(1, connection.createArrayOf("bigint", rows.stream().map(e -> e.getKey().siteId()).toArray()));
            statement.setArray(2, connection.createArrayOf("date", rows.stream().map(e -> java.sql.Date.valueOf(e.getKey().day())).toArray()));
            for (int i = 0; i < 3; i++) {
                int column = i;
                statement.setArray(3 + i, connection.createArrayOf("bigint", rows.stream().map(e -> e.getValue()[column]).toArray()));
            }
            statement.executeUpdate();
        }
    }

    private void upsertViews(Connection connection, Map<Long, Map<LocalDate, Long>> views) throws SQLException {
        if (views.isEmpty()) {
            return;
        }
        record Row(long articleId, LocalDate day, long views) {
        }
        List<Row> rows = new ArrayList<>();
        views.forEach((article, byDay) -> byDay.forEach((day, count) -> rows.add(new Row(article, day, count))));
        rows.sort(Comparator.comparingLong(Row::articleId).thenComparing(Row::day));
        Object[] articleIds = rows.stream().map(Row::articleId).toArray();
        Object[] days = rows.stream().map(row -> java.sql.Date.valueOf(row.day())).toArray();
        Object[] counts = rows.stream().map(Row::views).toArray();
        try (PreparedStatement daily = connection.prepareStatement("""
                insert into article_daily_views as v (site_id, day, article_id, views)
                select a.site_id, k.day, k.article_id, k.views
                from unnest(?::bigint[], ?::date[], ?::bigint[]) with ordinality as k(article_id, day, views, position)
                join articles a on a.id = k.article_id
                order by k.position
                on conflict (site_id, day, article_id) do update set views = v.views + excluded.views""");
             PreparedStatement total = connection.prepareStatement("""
                update articles a set view_count = a.view_count + k.views
                from (select article_id, sum(views) as views from unnest(?::bigint[], ?::bigint[]) as u(article_id, views)
                      group by article_id order by article_id) k
                where a.id = k.article_id""")) {
            daily.setArray(1, connection.createArrayOf("bigint", articleIds));
            daily.setArray(2, connection.createArrayOf("date", days));
            daily.setArray(3, connection.createArrayOf("bigint", counts));
            daily.executeUpdate();
            total.setArray(1, connection.createArrayOf("bigint", articleIds));
            total.setArray(2, connection.createArrayOf("bigint", counts));
            total.executeUpdate();
        }
    }
}
