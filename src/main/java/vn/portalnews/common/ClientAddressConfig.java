package vn.portalnews.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the caller's address comes from. The key stays under {@code portal.stats} (documented as
 * {@code PORTAL_STATS_TRUST_FORWARDED_FOR}), though the login throttle reads the address too.
 */
@ConfigMapping(prefix = "portal.stats")
public interface ClientAddressConfig {

    /** Take the client address from X-Forwarded-For; only behind a proxy that sets it. */
    @WithDefault("false")
    boolean trustForwardedFor();
}
