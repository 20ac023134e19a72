package vn.portalnews.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the caller's address comes from. The keys stay under {@code portal.stats} (documented as
 * {@code PORTAL_STATS_TRUST_FORWARDED_FOR}), though the login throttle reads the address too.
 */
@ConfigMapping(prefix = "portal.stats")
public interface ClientAddressConfig {

    /** Take the client address from X-Forwarded-For; only behind a proxy that sets it. */
    @WithDefault("false")
    boolean trustForwardedFor();

    /**
     * How many proxies of ours stand in front (a CDN and a load balancer: 2). The address is the entry the
     * outermost of them appended, counted from the right; entries further left are the client's own words.
     */
    @WithDefault("1")
    int trustedProxies();
}
