package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysetPageTest {

    @Test
    void shouldShowLimitRowsAndPointPastTheLastShownWhenAnExtraRowCame() {
        KeysetPage<Integer> page = KeysetPage.of(List.of(1, 2, 3), 2);
        assertEquals(List.of(1, 2), page.items());
        assertTrue(page.more());
        assertEquals("after-2", page.nextCursor(last -> "after-" + last));
    }

    @Test
    void shouldEndWithoutACursorWhenNoExtraRowCame() {
        KeysetPage<Integer> page = KeysetPage.of(List.of(1, 2), 2);
        assertEquals(List.of(1, 2), page.items());
        assertFalse(page.more());
        assertNull(page.nextCursor(last -> "after-" + last));
        assertNull(KeysetPage.of(List.<Integer>of(), 2).nextCursor(last -> "never"));
    }

    @Test
    void shouldMapTheShownItemsOnly() {
        assertEquals(List.of("1", "2"), KeysetPage.of(List.of(1, 2, 3), 2).map(String::valueOf));
    }
}
