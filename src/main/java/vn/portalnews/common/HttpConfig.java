package vn.portalnews.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Public HTTP responses: browser caching and the response cache. */
public interface HttpConfig {

    @ConfigMapping(prefix = "portal.http")
    interface Http {
        /** Cache-Control max-age of public GET responses. */
        @WithDefault("PT10S")
        Duration maxAge();
    }

    @ConfigMapping(prefix = "portal.cache")
    interface Cache {
        /** Rendered public responses kept in memory. */
        @WithDefault("20000")
        long maxEntries();
    }
}
