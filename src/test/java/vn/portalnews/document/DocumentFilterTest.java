package vn.portalnews.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.document.DocumentFilter.LegalStatus;

class DocumentFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void shouldJudgeTheLegalStatusOnTheSitesDay() {
        assertEquals(LegalStatus.IN_EFFECT, LegalStatus.on(TODAY, null, null, null));
        assertEquals(LegalStatus.IN_EFFECT, LegalStatus.on(TODAY, TODAY, TODAY, null), "both ends are days in effect");
        assertEquals(LegalStatus.NOT_YET_EFFECTIVE, LegalStatus.on(TODAY, TODAY.plusDays(1), null, null));
        assertEquals(LegalStatus.EXPIRED, LegalStatus.on(TODAY, null, TODAY.minusDays(1), null));
        assertEquals(LegalStatus.REPLACED, LegalStatus.on(TODAY, null, TODAY.minusDays(1), 7L), "a replacement says more than dates");
    }

    @Test
    void shouldLeaveEachFacetsOwnDimensionOut() {
        DocumentFilter filter = new DocumentFilter(1L, 2L, 3L, 2025, null, null, null, null, TODAY);
        Map<String, Object> values = new HashMap<>();
        String withoutType = filter.where(DocumentFilter.Dimension.TYPE, values);
        assertFalse(withoutType.contains("type_id"));
        assertTrue(withoutType.contains("d.issuer_id = :issuer") && withoutType.contains("d.field_id = :field")
                && withoutType.contains(":yearStart"));
        assertFalse(filter.where(DocumentFilter.Dimension.YEAR, new HashMap<>()).contains(":yearStart"));
        assertEquals(LocalDate.of(2026, 1, 1), values.get("yearEnd"));
        assertFalse(filter.whereCounts(DocumentFilter.Dimension.ISSUER, new HashMap<>()).contains("issuer_id"));
    }

    @Test
    void shouldCountFromTheRollupOnlyWhenItCanAnswer() {
        assertTrue(new DocumentFilter(1L, null, null, 2025, null, null, null, null, TODAY).countable());
        assertFalse(new DocumentFilter(null, null, null, null, TODAY, null, null, null, TODAY).countable(), "a date range");
        assertFalse(new DocumentFilter(null, null, null, null, null, null, LegalStatus.EXPIRED, null, TODAY).countable());
        assertFalse(new DocumentFilter(null, null, null, null, null, null, null, "thiên tai", TODAY).countable());
    }

    @Test
    void shouldSearchANumberByItsKeyAndWordsByText() {
        Map<String, Object> values = new HashMap<>();
        String where = new DocumentFilter(null, null, null, null, null, null, null, "13 KH UBND", TODAY).where(null, values);
        assertTrue(where.contains("d.number_key like :key"));
        assertEquals("13khubnd", values.get("key"));
        Map<String, Object> words = new HashMap<>();
        assertFalse(new DocumentFilter(null, null, null, null, null, null, null, "thiên tai", TODAY).where(null, words)
                .contains("number_key"));
        assertFalse(words.containsKey("key"));
    }
}
