package vn.portalnews.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.portalnews.common.LocalDates;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** Groups public articles by the local year, month or day of the site's zone, for date pickers. */
@ApplicationScoped
public class ArchiveService {

    private final EntityManager entityManager;
    private final Clock clock;

    ArchiveService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
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

    @SuppressWarnings("unchecked")
    private <T> List<T> count(SiteRef site, String pattern, LocalDate from, LocalDate until,
                              BiFunction<String, Long, T> bucket) {
        // Grouping by the local calendar is only expressible in SQL; the zone and bounds stay bind parameters.
        Query query = entityManager.createNativeQuery("""
                        select to_char(a.published_at at time zone :zone, :pattern) as bucket, count(*) as articles
                        from articles a
                        where a.site_id = :site and a.status = 'PUBLISHED' and a.published_at <= :now
                          and a.published_at >= :from and a.published_at < :until
                        group by 1 order by 1""")
                .setParameter("zone", site.zone().getId())
                .setParameter("pattern", pattern)
                .setParameter("site", site.id())
                .setParameter("now", clock.instant())
                .setParameter("from", from == null ? Instant.EPOCH.minusSeconds(86_400L * 365 * 100) : LocalDates.startOf(from, site.zone()))
                .setParameter("until", until == null ? Instant.parse("9999-01-01T00:00:00Z") : LocalDates.startOf(until, site.zone()));
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> bucket.apply((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
