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
        /**
         * Bytes of rendered public responses kept in memory (bodies and keys); 0 disables the cache. Answers
         * that rarely repeat (a search, an arbitrary date range) are admitted only when they are asked more
         * often than what they would evict, so they cannot push the hot pages out.
         */
        @WithDefault("67108864")
        long maxBytes();
    }
}
