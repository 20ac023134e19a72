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
 * Slows password guessing. A login reserves its attempt before the password is checked, atomically, so
 * parallel guesses count as they start, not as they fail: at most {@code max-failed-logins} attempts per
 * username and client address are under way or failed in a window, and at most
 * {@code max-failed-logins-per-address} per address whatever the usernames. Keyed by the address too, so an
 * attacker cannot lock a user out from elsewhere. Counted per instance; behind a load balancer each instance
 * allows its own quota.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failed and in-flight attempts in the window that started at {@code windowStart}. */
    private record Tally(int failures, int inFlight, Instant windowStart) {
        int used() {
            return failures + inFlight;
        }
    }

    /** Pairs and addresses remembered; beyond it the least used are forgotten first. */
    private static final int REMEMBERED = 100_000;

    private final Cache<String, Tally> pairs = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<String, Tally> addresses = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final int maxPerPair;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(AuthConfig config, Clock clock) {
        this.maxPerPair = config.maxFailedLogins();
        this.maxPerAddress = config.maxFailedLoginsPerAddress();
        this.window = config.failedLoginWindow();
        this.clock = clock;
    }

    /** One login attempt: end it with {@link #failed()} or {@link #succeeded()}; closing without either frees it. */
    public final class Attempt implements AutoCloseable {

        private final String pair;
        private final String address;
        private boolean ended;

        private Attempt(String pair, String address) {
            this.pair = pair;
            this.address = address;
        }

        public void failed() {
            end(true);
        }

        public void succeeded() {
            end(false);
            pairs.invalidate(pair);
        }

        @Override
        public void close() {
            end(false);
        }

        private void end(boolean failed) {
            if (!ended) {
                ended = true;
                release(pairs, pair, failed);
                release(addresses, address, failed);
            }
        }
    }

    /** Reserves an attempt, or refuses with 429 and Retry-After when the pair or the address has used its quota. */
    public Attempt begin(String username, String client) {
        String pair = (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "\n" + client;
        Instant now = clock.instant();
        reserve(pairs, pair, maxPerPair, now, "for this username from your address");
        try {
            reserve(addresses, client, maxPerAddress, now, "from your address");
        } catch (ApiProblemException refused) {
            release(pairs, pair, false);
            throw refused;
        }
        return new Attempt(pair, client);
    }

    private void reserve(Cache<String, Tally> tallies, String key, int max, Instant now, String whose) {
        Tally[] refused = new Tally[1];
        tallies.asMap().compute(key, (k, existing) -> {
            Tally current = existing == null || expired(existing, now) ? new Tally(0, existing == null ? 0 : existing.inFlight(), now) : existing;
            if (current.used() >= max) {
                refused[0] = current;
                return current;
            }
            return new Tally(current.failures(), current.inFlight() + 1, current.windowStart());
        });
        if (refused[0] != null) {
            long wait = Math.max(1, Duration.between(now, refused[0].windowStart().plus(window)).toSeconds() + 1);
            throw ApiProblemException.tooManyRequests("Too many failed logins " + whose + "; try again in " + wait + " s", wait);
        }
    }

    private static void release(Cache<String, Tally> tallies, String key, boolean failed) {
        tallies.asMap().computeIfPresent(key, (k, existing) ->
                new Tally(existing.failures() + (failed ? 1 : 0), Math.max(0, existing.inFlight() - 1), existing.windowStart()));
    }

    private boolean expired(Tally tally, Instant now) {
        return !now.isBefore(tally.windowStart().plus(window));
    }
}
