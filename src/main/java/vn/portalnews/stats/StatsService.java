package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.PortalConfig;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the aggregates: a handful of rows per request however many years of traffic are stored. */
@ApplicationScoped
public class StatsService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final PortalConfig.Stats config;

    StatsService(EntityManager entityManager, Clock clock, PortalConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config.stats();
    }

    public VisitStats summary(SiteRef site) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(site.zone()).toLocalDate();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select coalesce(sum(d.visits) filter (where d.day = :today), 0),
                               coalesce(sum(d.visits) filter (where d.day = :yesterday), 0),
                               coalesce(sum(d.visits) filter (where d.day >= :week and d.day <= :today), 0),
                               coalesce(sum(d.visits) filter (where d.day >= :month and d.day <= :today), 0),
                               coalesce(sum(d.visits) filter (where d.day >= :year and d.day <= :today), 0),
                               coalesce(sum(d.visits), 0) + (select s.stats_baseline from sites s where s.id = :site),
                               (select count(*) from visitor_sessions v where v.site_id = :site and v.last_seen > :online)
                        from site_daily_stats d where d.site_id = :site""")
                .setParameter("site", site.id())
                .setParameter("today", today)
                .setParameter("yesterday", today.minusDays(1))
                .setParameter("week", today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .setParameter("month", today.withDayOfMonth(1))
                .setParameter("year", today.withDayOfYear(1))
                .setParameter("online", now.minus(config.onlineWindow()))
                .getSingleResult();
        return new VisitStats(number(row[6]), number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), LocalDates.local(now, site.zone()));
    }

    public DailyStats daily(SiteRef site, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select to_char(g.day, 'YYYY-MM-DD'), coalesce(d.visits, 0), coalesce(d.visitors, 0), coalesce(d.pageviews, 0)
                        from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as g(day)
                        left join site_daily_stats d on d.site_id = :site and d.day = g.day
                        order by g.day""")
                .setParameter("site", site.id())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return new DailyStats(rows.stream().map(row -> new DailyStats.Day((String) row[0], number(row[1]),
                number(row[2]), number(row[3]))).toList());
    }

    public PopularArticles popular(SiteRef site, StatsPeriod period, int limit) {
        Instant now = clock.instant();
        Map<Long, Long> viewsById = new LinkedHashMap<>();
        if (period == StatsPeriod.ALL) {
            entityManager.createQuery("""
                            select a.id, a.viewCount from Article a where a.site.id = :site
                            and a.status = vn.portalnews.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now
                            order by a.viewCount desc, a.id desc""", Object[].class)
                    .setParameter("site", site.id()).setParameter("now", now)
                    .setMaxResults(limit).getResultList()
                    .forEach(row -> viewsById.put((Long) row[0], (Long) row[1]));
        } else {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select v.article_id, sum(v.views) as views from article_daily_views v
                            join articles a on a.id = v.article_id
                            where v.site_id = :site and v.day >= :from
                              and a.status = 'PUBLISHED' and a.published_at <= :now
                            group by v.article_id order by views desc, v.article_id desc limit :limit""")
                    .setParameter("site", site.id())
                    .setParameter("from", period.firstDay(now.atZone(site.zone()).toLocalDate()))
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList();
            rows.forEach(row -> viewsById.put(number(row[0]), number(row[1])));
        }
        if (viewsById.isEmpty()) {
            return new PopularArticles(period.name().toLowerCase(), List.of());
        }
        Map<Long, ArticleRow> articles = new HashMap<>();
        entityManager.createQuery(ArticleRow.SELECT + " where a.id in :ids", ArticleRow.class)
                .setParameter("ids", viewsById.keySet())
                .getResultList().forEach(row -> articles.put(row.id(), row));
        List<PopularArticles.Item> items = new ArrayList<>();
        viewsById.forEach((id, views) -> {
            ArticleRow row = articles.get(id);
            if (row != null) {
                items.add(new PopularArticles.Item(ArticleSummary.of(row, site.zone()), views));
            }
        });
        return new PopularArticles(period.name().toLowerCase(), items);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
