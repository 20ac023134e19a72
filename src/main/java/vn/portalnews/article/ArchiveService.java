package vn.portalnews.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.LocalDates;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** Groups public articles by the local year, month or day of the site's zone, for date pickers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArchiveService {

    private final ArticleQueries queries;
    private final Clock clock;

    ArchiveService(ArticleQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Archive years(SiteRef site) {
        return new Archive(null, null, count(site, "YYYY", null, null,
                (bucket, count) -> new Archive.YearCount(Integer.parseInt(bucket), count)), null, null);
    }

    public Archive months(SiteRef site, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new Archive(year, null, null, count(site, "MM", first, first.plusYears(1),
                (bucket, count) -> new Archive.MonthCount(Integer.parseInt(bucket), count)), null);
    }

    public Archive days(SiteRef site, int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Archive(year, month, null, null, count(site, "YYYY-MM-DD", first, first.plusMonths(1),
                Archive.DayCount::new));
    }

    /** @param from first local day, null for all time; {@code until} exclusive */
    private <T> List<T> count(SiteRef site, String pattern, LocalDate from, LocalDate until, BiFunction<String, Long, T> bucket) {
        PublicArticles articles = new PublicArticles(site.id(), null,
                from == null ? null : LocalDates.startOf(from, site.zone()),
                until == null ? null : LocalDates.startOf(until, site.zone()), clock.instant());
        return queries.countByLocalPeriod(articles, site.zone().getId(), pattern).stream()
                .map(entry -> bucket.apply(entry.getKey(), entry.getValue()))
                .toList();
    }
}
