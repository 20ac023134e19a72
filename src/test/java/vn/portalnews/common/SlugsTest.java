package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @Test
    void shouldFoldVietnameseIntoPlainLowerCaseWords() {
        assertEquals("cong-tac-cchc-cua-xa", Slugs.of("Công tác CCHC của xã", 200));
        assertEquals("dang-uy-duong-doi", Slugs.of("Đảng ủy đường đôi", 200));
        assertEquals("ke-hoach-so-13-kh-ubnd", Slugs.of("  Kế hoạch số 13/KH-UBND!! ", 200));
    }

    @Test
    void shouldCutAtTheLimitWithoutATrailingHyphen() {
        assertEquals("mot-hai", Slugs.of("một hai ba", 8));
        assertTrue(Slugs.of("một hai ba bốn năm sáu", 10).length() <= 10);
    }

    @Test
    void shouldMatchThePatternInputsAreCheckedAgainst() {
        assertTrue(Slugs.of("Tin tức — sự kiện (2026)", 200).matches(Slugs.PATTERN));
        assertEquals("", Slugs.of("!!!", 200));
    }
}
