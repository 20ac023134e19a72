package vn.portalnews.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitorsPerAddressTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private final VisitorsPerAddress limiter = new VisitorsPerAddress(3, Duration.ofMinutes(1), 10_000);

    @Test
    void shouldRefuseNewVisitorsBeyondTheLimitButKeepCountingKnownOnes() {
        UUID first = UUID.randomUUID();
        assertTrue(limiter.admit("a", first, NOW));
        assertTrue(limiter.admit("a", UUID.randomUUID(), NOW));
        assertTrue(limiter.admit("a", UUID.randomUUID(), NOW));
        assertFalse(limiter.admit("a", UUID.randomUUID(), NOW), "a User-Agent rotated once too often");
        assertTrue(limiter.admit("a", first, NOW.plusSeconds(30)), "a reader already seen keeps reading");
        assertTrue(limiter.admit("b", UUID.randomUUID(), NOW), "another address has its own quota");
    }

    @Test
    void shouldStartAFreshWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("a", UUID.randomUUID(), NOW);
        }
        assertTrue(limiter.admit("a", UUID.randomUUID(), NOW.plus(Duration.ofMinutes(1))));
    }
}
