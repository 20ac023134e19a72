package vn.portalnews.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    Demo demo();

    Http http();

    Cache cache();

    Optional<String> cursorSecret();

    Stats stats();

    Embedded embedded();

    Auth auth();

    Bootstrap bootstrap();

    interface Auth {
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

        /** The window failures are counted in, and how long a throttled pair waits at most. */
        @WithDefault("PT15M")
        Duration failedLoginWindow();
    }

    interface Bootstrap {
        /** The administrator created when the service starts with no users at all. */
        @WithDefault("admin")
        String adminUsername();

        /** Unset: a random password is generated and logged once. */
        Optional<String> adminPassword();
    }

    /**
     * The embedded PostgreSQL's settings. They are read before this mapping exists, by the embedded config
     * source, which takes its defaults from the constants here; the mapping documents and validates them.
     */
    interface Embedded {
        String DEFAULT_ENABLED = "true";
        String DEFAULT_PORT = "0";
        String DEFAULT_CLEAN_ON_START = "false";
        /** PostgreSQL's own default (128MB) keeps little of a large corpus in memory. */
        String DEFAULT_SHARED_BUFFERS = "512MB";

        /** false: refuse to start without an external database. */
        @WithDefault(DEFAULT_ENABLED)
        boolean enabled();

        /** Set by the embedded config source when it started the server. */
        @WithDefault("false")
        boolean active();

        /** Default: ~/.portal-news/pgdata. */
        Optional<String> dataDir();

        /** 0: any free port. */
        @WithDefault(DEFAULT_PORT)
        int port();

        @WithDefault(DEFAULT_CLEAN_ON_START)
        boolean cleanOnStart();

        @WithDefault(DEFAULT_SHARED_BUFFERS)
        String sharedBuffers();
    }

    interface Stats {
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

        /** Take the client address from X-Forwarded-For; only behind a proxy that sets it. */
        @WithDefault("false")
        boolean trustForwardedFor();

        /** Visits carried over from an old portal, by site slug, until the admin API sets them. */
        Map<String, Long> baseline();
    }

    interface Demo {
        /** True by default only when the embedded database is in use (set by its config source). */
        @WithDefault("false")
        boolean enabled();

        /** Articles generated per demo site; raise it (e.g. 50000) to get a benchmark-sized corpus. */
        @WithDefault("180")
        int articlesPerSite();

        @WithDefault("20261125")
        long seed();
    }

    interface Http {
        /** Cache-Control max-age of public GET responses. */
        @WithDefault("PT10S")
        Duration maxAge();
    }

    interface Cache {
        /** Rendered public responses kept in memory. */
        @WithDefault("20000")
        long maxEntries();
    }

}
