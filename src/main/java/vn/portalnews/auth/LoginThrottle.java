package vn.portalnews.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.ApiProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows password guessing: after too many failed logins for one username from one client address, that
 * pair waits until its window ends. Keyed by the pair, so an attacker cannot lock a user out from elsewhere.
 * Counted per instance; behind a load balancer each instance allows its own quota.
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant windowStart) {
    }

    private final Cache<String, Failures> failures;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(AuthConfig config, Clock clock) {
        this.maxFailures = config.maxFailedLogins();
        this.window = config.failedLoginWindow();
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).build();
    }

    public void checkAllowed(String username, String client) {
        Failures current = current(key(username, client));
        if (current != null && current.count() >= maxFailures) {
            long wait = Duration.between(clock.instant(), current.windowStart().plus(window)).toSeconds() + 1;
            throw ApiProblemException.tooManyRequests(
                    "Too many failed logins for this username from your address; try again in " + wait + " s", wait);
        }
    }

    public void recordFailure(String username, String client) {
        Instant now = clock.instant();
        failures.asMap().compute(key(username, client), (key, existing) ->
                existing == null || expired(existing, now) ? new Failures(1, now)
                        : new Failures(existing.count() + 1, existing.windowStart()));
    }

    public void reset(String username, String client) {
        failures.invalidate(key(username, client));
    }

    private Failures current(String key) {
        Failures existing = failures.getIfPresent(key);
        return existing == null || expired(existing, clock.instant()) ? null : existing;
    }

    private boolean expired(Failures existing, Instant now) {
        return !now.isBefore(existing.windowStart().plus(window));
    }

    private static String key(String username, String client) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "\n" + client;
    }
}
