package vn.portalnews.common;

import org.junit.jupiter.api.Test;
import vn.portalnews.common.CursorCodec.Position;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorCodecTest {

    private final CursorCodec codec = new CursorCodec(Optional.of("unit-test-secret"), null);

    @Test
    void shouldReadBackThePositionItWrote() {
        Position position = new Position(Instant.parse("2026-11-30T17:00:00.123456Z"), 42, 1.25);
        assertEquals(position, codec.decode("cursor", "scope", codec.encode("scope", position)));
        assertEquals(Position.ofId(7), codec.decode("cursor", "scope", codec.encode("scope", Position.ofId(7))));
    }

    @Test
    void shouldRefuseACursorOfAnotherScope() {
        String cursor = codec.encode("articles|1", new Position(Instant.EPOCH, 1));
        ApiProblemException refused = assertThrows(ApiProblemException.class, () -> codec.decode("cursor", "articles|2", cursor));
        assertEquals("cursor", refused.invalidParams().get(0).name());
    }

    @Test
    void shouldRefuseGarbledForgedAndTruncatedCursors() {
        String cursor = codec.encode("scope", new Position(Instant.EPOCH, 1));
        byte[] raw = Base64.getUrlDecoder().decode(cursor);
        raw[5] ^= 1;
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        for (String bad : new String[]{"%%%", "", "AAAA", forged, cursor.substring(0, cursor.length() - 2)}) {
            assertThrows(ApiProblemException.class, () -> codec.decode("cursor", "scope", bad), bad);
        }
    }

    @Test
    void shouldRefuseACursorSignedWithAnotherKey() {
        String foreign = new CursorCodec(Optional.of("another-secret"), null).encode("scope", Position.ofId(1));
        assertThrows(ApiProblemException.class, () -> codec.decode("cursor", "scope", foreign));
    }
}
