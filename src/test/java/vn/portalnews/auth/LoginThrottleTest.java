package vn.portalnews.auth;

import org.junit.jupiter.api.Test;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private static AuthConfig config(int perPair, int perAddress) {
        return new AuthConfig() {
            public Duration tokenTtl() { return Duration.ofHours(1); }
            public String issuer() { return "test"; }
            public Optional<String> signingKey() { return Optional.empty(); }
            public int bcryptCost() { return 4; }
            public int maxFailedLogins() { return perPair; }
            public int maxFailedLoginsPerAddress() { return perAddress; }
            public Optional<Integer> maxConcurrentPasswordChecks() { return Optional.of(1); }
            public Duration passwordCheckWait() { return Duration.ofSeconds(1); }
            public Duration failedLoginWindow() { return Duration.ofMinutes(15); }
        };
    }

    private final LoginThrottle throttle = new LoginThrottle(config(3, 5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldCountAttemptsWhenTheyStartSoParallelGuessesCannotOvertakeTheQuota() {
        List<LoginThrottle.Attempt> underWay = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            underWay.add(throttle.begin("an", "203.0.113.1"));
        }
        ApiProblemException refused = assertThrows(ApiProblemException.class, () -> throttle.begin("an", "203.0.113.1"));
        assertEquals(ProblemType.TOO_MANY_REQUESTS, refused.type());
        assertEquals(15 * 60 + 1, refused.retryAfterSeconds());
        underWay.forEach(LoginThrottle.Attempt::failed);
        assertThrows(ApiProblemException.class, () -> throttle.begin("AN ", "203.0.113.1"), "usernames compare as typed loosely");
    }

    @Test
    void shouldFreeAnAttemptThatNeitherFailedNorSucceeded() {
        for (int i = 0; i < 10; i++) { // more than the quota of 3: each attempt ended without a verdict frees its place
            assertDoesNotThrow(() -> throttle.begin("binh", "203.0.113.2").close(), "e.g. the password check was busy");
        }
    }

    @Test
    void shouldForgetFailuresAfterASuccessOfThePair() {
        throttle.begin("chi", "203.0.113.3").failed();
        throttle.begin("chi", "203.0.113.3").failed();
        throttle.begin("chi", "203.0.113.3").succeeded();
        assertDoesNotThrow(() -> throttle.begin("chi", "203.0.113.3").failed());
    }

    @Test
    void shouldLimitAnAddressTryingManyUsernames() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("user" + i, "198.51.100.7").failed();
        }
        assertThrows(ApiProblemException.class, () -> throttle.begin("someone-else", "198.51.100.7"));
        assertDoesNotThrow(() -> throttle.begin("someone-else", "198.51.100.8").close(), "other addresses are not affected");
    }

    @Test
    void shouldNotLetOneUsersFailuresElsewhereLockThemOut() {
        for (int i = 0; i < 3; i++) {
            throttle.begin("dung", "192.0.2." + i).failed();
        }
        assertDoesNotThrow(() -> throttle.begin("dung", "192.0.2.200").close());
    }
}
