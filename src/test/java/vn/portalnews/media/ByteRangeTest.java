package vn.portalnews.media;

import org.junit.jupiter.api.Test;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.media.MediaFileResource.ByteRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteRangeTest {

    @Test
    void shouldReadTheThreeFormsOfOneRange() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=900-", 1000));
        assertEquals(new ByteRange(950, 999), ByteRange.parse("bytes=-50", 1000));
        assertEquals(new ByteRange(0, 999), ByteRange.parse("bytes=-5000", 1000), "a suffix longer than the file is all of it");
        assertEquals(new ByteRange(10, 999), ByteRange.parse("bytes=10-123456", 1000), "the end is clipped to the file");
        assertEquals(100, ByteRange.parse("bytes=0-99", 1000).length());
    }

    @Test
    void shouldAnswerTheWholeFileForWhatItDoesNotServe() {
        assertNull(ByteRange.parse(null, 1000));
        assertNull(ByteRange.parse("bytes=0-1,5-9", 1000), "several ranges: the whole file is a valid answer");
        assertNull(ByteRange.parse("items=0-1", 1000));
        assertNull(ByteRange.parse("bytes=a-b", 1000));
        assertNull(ByteRange.parse("bytes=5", 1000));
    }

    @Test
    void shouldRefuseRangesOutsideTheFile() {
        assertEquals(416, assertThrows(ApiProblemException.class, () -> ByteRange.parse("bytes=1000-", 1000)).type().status());
        assertThrows(ApiProblemException.class, () -> ByteRange.parse("bytes=50-10", 1000));
        assertThrows(ApiProblemException.class, () -> ByteRange.parse("bytes=-0", 1000));
    }
}
