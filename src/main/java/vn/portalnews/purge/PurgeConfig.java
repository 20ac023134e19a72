package vn.portalnews.purge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The CDN's purge endpoint. Without {@code url} nothing is recorded or sent (the default: no CDN). Examples:
 * <ul>
 *   <li>Fastly: {@code url=https://api.fastly.com/service/ID/purge}, style {@code header}, key header
 *       {@code Surrogate-Key}, {@code auth-header=Fastly-Key}, {@code auth-value=...};</li>
 *   <li>Varnish with xkey: {@code method=PURGE}, key header {@code xkey};</li>
 *   <li>Cloudflare: {@code url=https://api.cloudflare.com/client/v4/zones/ID/purge_cache}, style {@code json}
 *       (a body {@code {"tags":[...]}}), {@code auth-value=Bearer ...}.</li>
 * </ul>
 */
@ConfigMapping(prefix = "portal.purge")
public interface PurgeConfig {

    enum Style {
        /** The tags, space-separated, in {@link #keyHeader()}. */
        HEADER,
        /** A JSON body {@code {"tags": [...]}}. */
        JSON
    }

    Optional<URI> url();

    @WithDefault("POST")
    String method();

    @WithDefault("header")
    Style style();

    @WithDefault("Surrogate-Key")
    String keyHeader();

    @WithDefault("Authorization")
    String authHeader();

    /** A secret: give it by environment (PORTAL_PURGE_AUTH_VALUE), never in a committed file. */
    Optional<String> authValue();

    /** A purge endpoint on a loopback, private or link-local address is refused unless this is true. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How often each instance looks for purges that are due. */
    @WithDefault("PT1S")
    Duration interval();

    @WithDefault("PT5S")
    Duration timeout();

    /** Tags sent in one request; a change names about six. */
    @WithDefault("200")
    int maxTagsPerRequest();

    /** Attempts before a purge is given up (logged and counted); waits double from one second up to ten minutes. */
    @WithDefault("12")
    int maxAttempts();
}
