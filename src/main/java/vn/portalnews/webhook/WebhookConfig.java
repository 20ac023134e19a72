package vn.portalnews.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "portal.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends deliveries; every instance may (each delivery is claimed by one). */
    @WithDefault("true")
    boolean send();

    /** How often each instance looks for deliveries that are due. */
    @WithDefault("PT1S")
    Duration interval();

    /** Connecting and waiting for the answer's status line, each. */
    @WithDefault("PT10S")
    Duration timeout();

    /**
     * Waits between attempts, after the first: the Standard Webhooks schedule, about 27 hours in all. After the
     * last a delivery is marked failed (redeliver it through the API).
     */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    List<Duration> retrySchedule();

    /**
     * Private, loopback or link-local addresses an endpoint may resolve to (e.g. 127.0.0.1 for a receiver on the
     * same machine). None by default: an administrator's URL must not make this service call the metadata
     * service, the database or a neighbour's admin port.
     */
    Optional<List<String>> allowedPrivateAddresses();

    /** Endpoints per site. */
    @WithDefault("20")
    int maxEndpointsPerSite();

    /** Deliveries one instance sends at once. */
    @WithDefault("32")
    int batchSize();

    /** How long the secret before a rotation keeps signing beside the new one. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /** How long finished deliveries and their attempts stay in the log. */
    @WithDefault("P30D")
    Duration retention();
}
