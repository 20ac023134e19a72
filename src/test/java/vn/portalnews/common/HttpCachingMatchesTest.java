package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpCachingMatchesTest {

    private static final String ETAG = "\"abc\"";

    @Test
    void shouldMatchTheSameTagInAList() {
        assertTrue(HttpCaching.matches(ETAG, ETAG));
        assertTrue(HttpCaching.matches("\"x\", \"abc\"", ETAG));
        assertTrue(HttpCaching.matches("*", ETAG));
    }

    @Test
    void shouldNotMatchAnotherTagOrNothing() {
        assertFalse(HttpCaching.matches(null, ETAG));
        assertFalse(HttpCaching.matches("", ETAG));
        assertFalse(HttpCaching.matches("\"abd\"", ETAG));
    }
}
