package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleService;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.common.LocalDates;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the aggregates: a handful of rows per request however many years of traffic are stored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsService {

    private final StatsQueries queries;
    private final ArticleService articles;
    private final Clock clock;
    private final StatsConfig config;

    StatsService(StatsQueries queries, ArticleService articles, Clock clock, StatsConfig config) {
        this.queries = queries;
        this.articles = articles;
        this.clock = clock;
        this.config = config;
    }

    public VisitStats summary(SiteRef site) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(site.zone()).toLocalDate();
        StatsQueries.Totals totals = queries.totals(site.id(), today,
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today.withDayOfMonth(1),
                today.withDayOfYear(1), now.minus(config.onlineWindow()));
        return new VisitStats(totals.online(), totals.today(), totals.yesterday(), totals.thisWeek(), totals.thisMonth(),
                totals.thisYear(), totals.total(), LocalDates.local(now, site.zone()));
    }

    public DailyStats daily(SiteRef site, LocalDate from, LocalDate to) {
        return new DailyStats(queries.daily(site.id(), from, to));
    }

    public PopularArticles popular(SiteRef site, StatsPeriod period, int limit) {
        Instant now = clock.instant();
        List<Map.Entry<Long, Long>> views = period == StatsPeriod.ALL
                ? articles.mostViewed(site.id(), limit, now)
                : queries.mostViewedSince(site.id(), period.firstDay(now.atZone(site.zone()).toLocalDate()), limit, now);
        Map<Long, ArticleSummary> summaries = views.isEmpty()
                ? Map.of() : articles.publicSummaries(site, views.stream().map(Map.Entry::getKey).toList());
        List<PopularArticles.Item> items = new ArrayList<>();
        views.forEach(entry -> {
            ArticleSummary summary = summaries.get(entry.getKey());
            if (summary != null) {
                items.add(new PopularArticles.Item(summary, entry.getValue()));
            }
        });
        return new PopularArticles(period.name().toLowerCase(), items);
    }
}
