package vn.portalnews.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaNamesTest {

    @Test
    void shouldNameOriginalsAndVariantsByIdAndHash() {
        assertEquals("42-9f86d081884c7d65.jpg", MediaNames.original(42, "9f86d081884c7d65", "jpg"));
        assertEquals("42-9f86d081884c7d65-640.jpg", MediaNames.variant(42, "9f86d081884c7d65", 640, "jpeg"));
        assertEquals("42-9f86d081884c7d65-640.webp", MediaNames.variant(42, "9f86d081884c7d65", 640, "webp"));
        assertEquals("/api/v1/media/42-9f86d081884c7d65.jpg", MediaNames.url("42-9f86d081884c7d65.jpg"));
    }

    @Test
    void shouldSpreadStorageKeysByTheHash() {
        assertEquals("9f/42-9f86d081884c7d65-320.webp", MediaNames.storageKey("42-9f86d081884c7d65-320.webp"));
        assertThrows(IllegalArgumentException.class, () -> MediaNames.storageKey("../../etc/passwd"));
    }

    @Test
    void shouldParseOnlyWhatItWrites() {
        var parsed = MediaNames.parse("42-9f86d081884c7d65-640.webp").orElseThrow();
        assertEquals(42, parsed.id());
        assertEquals("9f86d081884c7d65", parsed.hash());
        assertEquals(640, parsed.width());
        assertEquals("webp", parsed.extension());
        assertEquals(0, MediaNames.parse("42-9f86d081884c7d65.pdf").orElseThrow().width());
        for (String foreign : new String[]{"42-9F86D081884C7D65.jpg", "42-9f86d08188.jpg", "x-9f86d081884c7d65.jpg",
                "42-9f86d081884c7d65.jpg/..", "42-9f86d081884c7d65", "../42-9f86d081884c7d65.jpg", ""}) {
            assertTrue(MediaNames.parse(foreign).isEmpty(), foreign);
        }
    }
}
