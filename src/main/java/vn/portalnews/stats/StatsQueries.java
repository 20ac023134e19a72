package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.PublicArticles;
import vn.portalnews.common.sql.NativeSql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL of visit statistics. The writes are additive upserts of whole batches (arrays unnested), their rows
 * always in key order so that concurrent flushes of several instances cannot deadlock.
 */
@ApplicationScoped
class StatsQueries {

    /** A session this flush inserted or restarted: a new visit; {@code newVisitor} when the row is new. */
    record NewVisit(long siteId, UUID visitor, boolean newVisitor) {
    }

    /** A view this flush counted: the visitor's window for the article was over, or there was none. */
    record CountedView(long articleId, UUID visitor) {
    }

    record Totals(long online, long today, long yesterday, long thisWeek, long thisMonth, long thisYear, long total) {
    }

    private final NativeSql sql;

    StatsQueries(NativeSql sql) {
        this.sql = sql;
    }

    /**
     * Starts the visits that are new: a visitor without a row, or whose last hit is older than the timeout.
     * Decided in the database, row by row under the row's lock (ON CONFLICT locks every conflicting row, updated
     * or not), so when several instances flush the same visitor at once exactly one of them starts the visit.
     * Returns only the visits started; the locks are held to the end of the transaction, in which
     * {@link #touchSessions} then records the last hit of every visitor.
     */
    List<NewVisit> startVisits(Long[] sites, UUID[] visitors, String[] firstSeen, String[] lastSeen, Duration timeout) {
        return sql.query("""
                        insert into visitor_sessions as s (site_id, visitor, visit_started, last_seen)
                        select v.site_id, v.visitor, v.first_seen::timestamptz, v.last_seen::timestamptz
                        from unnest(cast(:sites as bigint[]), cast(:visitors as uuid[]), cast(:first as text[]), cast(:last as text[]))
                             with ordinality as v(site_id, visitor, first_seen, last_seen, position)
                        order by v.position
                        on conflict (site_id, visitor) do update set visit_started = excluded.visit_started,
                                                                     last_seen = greatest(s.last_seen, excluded.last_seen)
                            where s.last_seen < excluded.visit_started - cast(:timeout as interval)
                        returning site_id, visitor, (xmax = 0) as inserted""")
                .bind("sites", sites).bind("visitors", visitors).bind("first", firstSeen).bind("last", lastSeen)
                .bind("timeout", timeout.toSeconds() + " seconds")
                .list(row -> new NewVisit(row.longValue("site_id"), row.uuid("visitor"), row.bool("inserted")));
    }

    /**
     * The last hit of visitors whose visit goes on (those {@link #startVisits} did not start), in its transaction,
     * whose row locks it already holds.
     */
    void touchSessions(Long[] sites, UUID[] visitors, String[] lastSeen) {
        sql.query("""
                        update visitor_sessions s set last_seen = greatest(s.last_seen, v.last_seen::timestamptz)
                        from unnest(cast(:sites as bigint[]), cast(:visitors as uuid[]), cast(:last as text[])) as v(site_id, visitor, last_seen)
                        where s.site_id = v.site_id and s.visitor = v.visitor""")
                .bind("sites", sites).bind("visitors", visitors).bind("last", lastSeen)
                .update();
    }

    /**
     * Counts the views that are outside the visitor's window for the article, restarting the window there;
     * decided under the row's lock as in {@link #startVisits}, so several instances count a view once. Returns
     * only the views counted.
     */
    List<CountedView> countViews(Long[] articles, UUID[] visitors, String[] seen, Duration window) {
        return sql.query("""
                        insert into article_view_windows as w (article_id, visitor, last_counted)
                        select v.article_id, v.visitor, v.seen::timestamptz
                        from unnest(cast(:articles as bigint[]), cast(:visitors as uuid[]), cast(:seen as text[]))
                             with ordinality as v(article_id, visitor, seen, position)
                        order by v.position
                        on conflict (article_id, visitor) do update set last_counted = excluded.last_counted
                            where w.last_counted <= excluded.last_counted - cast(:window as interval)
                        returning article_id, visitor""")
                .bind("articles", articles).bind("visitors", visitors).bind("seen", seen)
                .bind("window", window.toSeconds() + " seconds")
                .list(row -> new CountedView(row.longValue("article_id"), row.uuid("visitor")));
    }

    void addDaily(Long[] sites, String[] days, Long[] visits, Long[] visitors, Long[] pageviews) {
        sql.query("""
                        insert into site_daily_stats as d (site_id, day, visits, visitors, pageviews)
                        select * from unnest(cast(:sites as bigint[]), cast(:days as date[]), cast(:visits as bigint[]),
                                             cast(:visitors as bigint[]), cast(:pageviews as bigint[]))
                        on conflict (site_id, day) do update set
                            visits = d.visits + excluded.visits,
                            visitors = d.visitors + excluded.visitors,
                            pageviews = d.pageviews + excluded.pageviews""")
                .bind("sites", sites).bind("days", days).bind("visits", visits).bind("visitors", visitors)
                .bind("pageviews", pageviews)
                .update();
    }

    void addArticleDaily(Long[] sites, String[] days, Long[] articles, Long[] views) {
        sql.query("""
                        insert into article_daily_views as v (site_id, day, article_id, views)
                        select * from unnest(cast(:sites as bigint[]), cast(:days as date[]), cast(:articles as bigint[]),
                                             cast(:views as bigint[]))
                        on conflict (site_id, day, article_id) do update set views = v.views + excluded.views""")
                .bind("sites", sites).bind("days", days).bind("articles", articles).bind("views", views)
                .update();
    }

    Totals totals(long siteId, LocalDate today, LocalDate week, LocalDate month, LocalDate year, Instant onlineSince) {
        return sql.query("""
                        select coalesce(sum(d.visits) filter (where d.day = :today), 0) as today,
                               coalesce(sum(d.visits) filter (where d.day = :yesterday), 0) as yesterday,
                               coalesce(sum(d.visits) filter (where d.day >= :week and d.day <= :today), 0) as this_week,
                               coalesce(sum(d.visits) filter (where d.day >= :month and d.day <= :today), 0) as this_month,
                               coalesce(sum(d.visits) filter (where d.day >= :year and d.day <= :today), 0) as this_year,
                               coalesce(sum(d.visits), 0) + (select s.stats_baseline from sites s where s.id = :site) as total,
                               (select count(*) from visitor_sessions v where v.site_id = :site and v.last_seen > :online) as online
                        from site_daily_stats d where d.site_id = :site""")
                .bind("site", siteId).bind("today", today).bind("yesterday", today.minusDays(1))
                .bind("week", week).bind("month", month).bind("year", year).bind("online", onlineSince)
                .single(row -> new Totals(row.longValue("online"), row.longValue("today"), row.longValue("yesterday"),
                        row.longValue("this_week"), row.longValue("this_month"), row.longValue("this_year"),
                        row.longValue("total")));
    }

    List<DailyStats.Day> daily(long siteId, LocalDate from, LocalDate to) {
        return sql.query("""
                        select to_char(g.day, 'YYYY-MM-DD') as day, coalesce(d.visits, 0) as visits,
                               coalesce(d.visitors, 0) as visitors, coalesce(d.pageviews, 0) as pageviews
                        from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as g(day)
                        left join site_daily_stats d on d.site_id = :site and d.day = g.day
                        order by g.day""")
                .bind("site", siteId).bind("from", from).bind("to", to)
                .list(row -> new DailyStats.Day(row.string("day"), row.longValue("visits"), row.longValue("visitors"),
                        row.longValue("pageviews")));
    }

    /** Public articles by views counted since {@code from}, most first. */
    List<Map.Entry<Long, Long>> mostViewedSince(long siteId, LocalDate from, int limit, Instant now) {
        return sql.query("""
                        select v.article_id, sum(v.views) as views from article_daily_views v
                        join articles a on a.id = v.article_id
                        where v.site_id = :site and v.day >= :from and""" + " " + PublicArticles.RULE
                        + " group by v.article_id order by views desc, v.article_id desc limit :limit")
                .bind("site", siteId).bind("from", from).bind("limit", limit).bind("now", now)
                .list(row -> Map.entry(row.longValue("article_id"), row.longValue("views")));
    }

    /** A configured baseline applies until an administrator sets one through the API. */
    void setConfiguredBaseline(String siteSlug, long total) {
        sql.query("update sites set stats_baseline = :total where slug = :slug and not stats_baseline_from_admin")
                .bind("total", total).bind("slug", siteSlug)
                .update();
    }

    void setAdminBaseline(long siteId, long total) {
        sql.query("update sites set stats_baseline = :total, stats_baseline_from_admin = true where id = :site")
                .bind("total", total).bind("site", siteId)
                .update();
    }

    void insertSalt(long siteId, LocalDate day, byte[] salt) {
        sql.query("insert into visitor_salts (site_id, day, salt) values (:site, :day, :salt) on conflict do nothing")
                .bind("site", siteId).bind("day", day).bind("salt", salt)
                .update();
    }

    byte[] salt(long siteId, LocalDate day) {
        return sql.query("select salt from visitor_salts where site_id = :site and day = :day")
                .bind("site", siteId).bind("day", day)
                .single(row -> row.bytes("salt"));
    }

    /** A transaction-scoped advisory lock, or false at once when another transaction holds it. */
    boolean tryLockForTransaction(long key) {
        return sql.query("select pg_try_advisory_xact_lock(:key) as locked").bind("key", key).single(row -> row.bool("locked"));
    }

    void deleteSaltsBefore(long siteId, LocalDate day) {
        sql.query("delete from visitor_salts where site_id = :site and day < :day").bind("site", siteId).bind("day", day).update();
    }

    void deleteSessionsBefore(Instant lastSeen) {
        sql.query("delete from visitor_sessions where last_seen < :before").bind("before", lastSeen).update();
    }

    void deleteViewWindowsBefore(Instant lastCounted) {
        sql.query("delete from article_view_windows where last_counted < :before").bind("before", lastCounted).update();
    }
}
