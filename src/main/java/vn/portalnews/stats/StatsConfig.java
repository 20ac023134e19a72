package vn.portalnews.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Visit statistics settings ({@code portal.stats.*}); the forwarded-address setting lives with ClientAddresses. */
@ConfigMapping(prefix = "portal.stats")
public interface StatsConfig {

    /** How often counted hits are written to the database; a crash loses at most this much. */
    @WithDefault("PT1S")
    Duration flushInterval();

    /** A visit ends after this much inactivity. */
    @WithDefault("PT30M")
    Duration sessionTimeout();

    /** A visitor's view of an article counts once per this window. */
    @WithDefault("PT30M")
    Duration viewWindow();

    /** "Online now": distinct visitors seen within this window. */
    @WithDefault("PT5M")
    Duration onlineWindow();

    /** User-Agents that are not counted: a case-insensitive regular expression found anywhere in the header. */
    @WithDefault("(?i)(bot|crawl|spider|slurp|facebookexternalhit|bingpreview|mediapartners|curl|wget|python-requests|httpclient|okhttp|java/|go-http-client|headless|lighthouse|pingdom|uptime|monitor|scrapy|preview|validator|feedfetcher|embedly|whatsapp|zalo|skypeuripreview)")
    String botPattern();

    /**
     * Hits accepted but not yet written, at most; past it (the database is down or slow) new hits are refused
     * with 503 and Retry-After rather than accepted and lost. Readiness reports DOWN meanwhile.
     */
    @WithDefault("1000000")
    long maxPendingHits();

    /** The memory the unwritten hits may hold at most, estimated per distinct visitor and article view. */
    @WithDefault("134217728")
    long maxPendingBytes();

    /** Largest body of a hit; larger ones are refused with 413 before they are read. */
    @WithDefault("4096")
    int maxHitBytes();

    /** New visitors one client address may bring per {@link #newVisitorWindow()}; beyond it, 429. */
    @WithDefault("300")
    int maxNewVisitorsPerAddress();

    @WithDefault("PT1M")
    Duration newVisitorWindow();

    /** Visitor hashes remembered for the per-address bound, across all addresses (about 100 bytes each). */
    @WithDefault("200000")
    long newVisitorMemory();

    /** Visits carried over from an old portal, by site slug, until the admin API sets them. */
    Map<String, Long> baseline();
}
