package vn.portalnews.search;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which scopes the index is asked for, in what order, and when to stop: the one place that says how search
 * and suggest find the newest matches without visiting every match the index knows.
 *
 * <p>The newest matches of a common word are in the latest months, so the index is asked for the site's
 * matches of the month that ends the range, then of the four months up to it, then (search only: title_terms()
 * has no year lexemes) of that year and the year before, and only then of all time, through the site's word
 * alone, which only rare words reach, whose matches are few anyway. Each period is a few lexemes: GIN walks
 * every lexeme ORed, so sixteen month lexemes cost more than all time. Newest first, a complete answer from a
 * period holds everything newer than the period leaves out, so the climb stops there. A period that starts
 * after the {@link #probableReach probable reach} is skipped (it would be asked in vain); one that reaches back
 * past {@code from} holds every match there is.
 */
final class PeriodLadder {

    /** A stretch of time from {@code start} to the end of the range, and the scope lexemes that name it. */
    record Period(Instant start, List<String> scopes) {
    }

    private final List<Period> periods;
    private final List<String> allTime;

    private PeriodLadder(List<Period> periods, List<String> allTime) {
        this.periods = periods;
        this.allTime = allTime;
    }

    /** Month, four months, this year and last, all time; all ending at {@code end}. */
    static PeriodLadder forSearch(long siteId, Instant end) {
        return of(siteId, end, true);
    }

    /** Month, four months, all time. */
    static PeriodLadder forSuggest(long siteId, Instant end) {
        return of(siteId, end, false);
    }

    private static PeriodLadder of(long siteId, Instant end, boolean byYear) {
        YearMonth lastMonth = YearMonth.from(end.atZone(ZoneOffset.UTC));
        List<Period> periods = new ArrayList<>();
        for (int months : new int[]{1, 4}) {
            List<String> scopes = new ArrayList<>();
            for (int back = 0; back < months; back++) {
                scopes.add(SearchScopes.month(siteId, lastMonth.minusMonths(back)));
            }
            periods.add(new Period(startOf(lastMonth.minusMonths(months - 1L)), List.copyOf(scopes)));
        }
        if (byYear) {
            int year = lastMonth.getYear();
            periods.add(new Period(startOf(YearMonth.of(year - 1, 1)),
                    List.of(SearchScopes.year(siteId, year), SearchScopes.year(siteId, year - 1))));
        }
        return new PeriodLadder(List.copyOf(periods), List.of(SearchScopes.site(siteId)));
    }

    List<Period> periods() {
        return periods;
    }

    /**
     * Asks {@code inScope} for each period in turn, then for all time, and returns the first answer that is
     * {@code complete} (or the answer of a period that reaches back past {@code from}, or all time's).
     *
     * @param from  the range's first instant, null for none
     * @param reach periods starting after it are skipped
     */
    <T> T climb(Instant from, Instant reach, Function<List<String>, T> inScope, Predicate<T> complete) {
        for (Period period : periods) {
            if (period.start().isAfter(reach)) {
                continue;
            }
            T inPeriod = inScope.apply(period.scopes());
            if (complete.test(inPeriod) || from != null && !period.start().isAfter(from)) {
                return inPeriod;
            }
        }
        return inScope.apply(allTime);
    }

    /**
     * How far back from {@code end} the newest {@code wanted} matches probably reach, judged by how densely they
     * occur among the latest articles ({@code found} of them there, the {@code oldest} published then).
     * {@code end} itself when nothing matched there, for want of a measure.
     */
    static Instant probableReach(int found, Instant oldest, int wanted, Instant end) {
        return found == 0 ? end : end.minus(Duration.between(oldest, end).multipliedBy(wanted).dividedBy(found));
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
