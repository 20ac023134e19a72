package vn.portalnews.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Sign-in and token settings ({@code portal.auth.*}). */
@ConfigMapping(prefix = "portal.auth")
public interface AuthConfig {

    /** How long an access token is valid; logout and password changes revoke it sooner. */
    @WithDefault("PT1H")
    Duration tokenTtl();

    @WithDefault("portal-news-api")
    String issuer();

    /**
     * PKCS#8 PEM of the RSA key that signs tokens. Unset: one is generated on first start and kept in the
     * database, so every instance signs and accepts the same tokens.
     */
    Optional<String> signingKey();

    /** bcrypt cost (log2 rounds); 12 takes about a quarter of a second here, by design. */
    @WithDefault("12")
    int bcryptCost();

    /** Failed logins per username and client address before the pair must wait. */
    @WithDefault("5")
    int maxFailedLogins();

    /** Failed logins from one client address, whatever the usernames, before the address must wait. */
    @WithDefault("50")
    int maxFailedLoginsPerAddress();

    /**
     * Password checks (bcrypt) running at once on this instance; more wait up to
     * {@link #passwordCheckWait()} and are then refused with 503 and Retry-After, so a login flood cannot take
     * every core from the readers. Unset: a quarter of the cores, at least one.
     */
    Optional<Integer> maxConcurrentPasswordChecks();

    /** How long a login waits for a free password check before it is refused. */
    @WithDefault("PT2S")
    Duration passwordCheckWait();

    /** The window failures are counted in, and how long a throttled pair waits at most. */
    @WithDefault("PT15M")
    Duration failedLoginWindow();
}
