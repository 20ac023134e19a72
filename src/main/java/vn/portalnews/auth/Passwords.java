package vn.portalnews.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.ApiProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** bcrypt, slow on purpose; the cost is configurable so tests need not pay production's price. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; anything longer would be silently truncated. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final Semaphore checks;
    private final Duration wait;
    /**
     * Compared against when the user does not exist, so both failures take the same time. Made on first
     * need rather than at start-up, where a slow hash would only delay readiness.
     */
    private volatile String decoy;

    Passwords(AuthConfig config) {
        this.cost = config.bcryptCost();
        this.checks = new Semaphore(config.maxConcurrentPasswordChecks()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 4)));
        this.wait = config.passwordCheckWait();
    }

    /** bcrypt under the bound on concurrent checks; 503 with Retry-After when none frees up in time. */
    private <T> T bounded(Supplier<T> work) {
        try {
            if (!checks.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiProblemException.unavailable("Too many sign-ins at once; try again in a second", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblemException.unavailable("Interrupted while waiting to check the password", 1);
        }
        try {
            return work.get();
        } finally {
            checks.release();
        }
    }

    private String decoy() {
        String made = decoy;
        if (made == null) {
            made = BcryptUtil.bcryptHash("decoy password that matches nothing", cost);
            decoy = made;
        }
        return made;
    }

    public String hash(String parameter, String password) {
        requireAcceptable(parameter, password);
        return bounded(() -> BcryptUtil.bcryptHash(password, cost));
    }

    public boolean matches(String password, String hash) {
        return bounded(() -> {
            if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                BcryptUtil.matches("", decoy());
                return false;
            }
            return BcryptUtil.matches(password, hash == null ? decoy() : hash) && hash != null;
        });
    }

    public static void requireAcceptable(String parameter, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw ApiProblemException.invalid(parameter, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiProblemException.invalid(parameter, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }
}
