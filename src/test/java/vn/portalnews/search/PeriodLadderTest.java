package vn.portalnews.search;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodLadderTest {

    private static final Instant END = Instant.parse("2026-11-15T10:00:00Z");

    @Test
    void shouldAskTheMonthThenFourMonthsThenTwoYearsForSearch() {
        List<PeriodLadder.Period> periods = PeriodLadder.forSearch(1, END).periods();
        assertEquals(List.of("s1m202611"), periods.get(0).scopes());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), periods.get(0).start());
        assertEquals(List.of("s1m202611", "s1m202610", "s1m202609", "s1m202608"), periods.get(1).scopes());
        assertEquals(Instant.parse("2026-08-01T00:00:00Z"), periods.get(1).start());
        assertEquals(List.of("s1y2026", "s1y2025"), periods.get(2).scopes());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), periods.get(2).start());
        assertEquals(3, periods.size());
    }

    @Test
    void shouldLeaveYearsOutOfSuggestWhoseTitleIndexHasNone() {
        assertEquals(2, PeriodLadder.forSuggest(1, END).periods().size());
    }

    @Test
    void shouldCrossAYearBoundaryInMonths() {
        assertEquals(List.of("s3m202601", "s3m202512", "s3m202511", "s3m202510"),
                PeriodLadder.forSearch(3, Instant.parse("2026-01-02T00:00:00Z")).periods().get(1).scopes());
    }

    @Test
    void shouldStopAtTheFirstCompleteAnswer() {
        List<List<String>> asked = new ArrayList<>();
        String answer = PeriodLadder.forSearch(1, END).climb(null, END, scopes -> {
            asked.add(scopes);
            return scopes.size() == 4 ? "full" : "partial";
        }, "full"::equals);
        assertEquals("full", answer);
        assertEquals(2, asked.size());
    }

    @Test
    void shouldAskAllTimeThroughTheSiteWordWhenNoPeriodIsComplete() {
        List<List<String>> asked = new ArrayList<>();
        PeriodLadder.forSearch(1, END).climb(null, END, scopes -> asked.add(scopes), added -> false);
        assertEquals(4, asked.size());
        assertEquals(List.of("s1"), asked.get(3));
    }

    @Test
    void shouldSkipPeriodsThatStartAfterTheProbableReach() {
        List<List<String>> asked = new ArrayList<>();
        Instant reach = Instant.parse("2026-03-01T00:00:00Z"); // before the four months: only the years can hold the window
        PeriodLadder.forSearch(1, END).climb(null, reach, scopes -> asked.add(scopes), added -> false);
        assertEquals(List.of(List.of("s1y2026", "s1y2025"), List.of("s1")), asked);
    }

    @Test
    void shouldStopAtAPeriodThatReachesBackPastFrom() {
        List<List<String>> asked = new ArrayList<>();
        Instant from = Instant.parse("2026-09-10T00:00:00Z");
        PeriodLadder.forSearch(1, END).climb(from, END, scopes -> asked.add(scopes), added -> false);
        assertEquals(2, asked.size(), "the four months hold every match since September 10");
    }

    @Test
    void shouldJudgeTheReachByTheDensityAmongTheLatest() {
        Instant oldest = END.minusSeconds(3_600);
        assertEquals(END.minusSeconds(3_600 * 10), PeriodLadder.probableReach(30, oldest, 300, END));
        assertEquals(END, PeriodLadder.probableReach(0, null, 300, END));
    }
}
