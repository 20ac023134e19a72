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

        /**
         * Longest request line (method, URI, version) answered; longer ones get a 414 problem. The HTTP codec
         * itself holds at most {@code quarkus.http.limits.max-initial-line-length} (16 KiB) and answers beyond
         * that with an empty 414 of its own.
         */
        @WithDefault("4096")
        int maxRequestLine();

        /**
         * Most bytes of request headers (names, values and separators) answered; more get a 431 problem. The
         * codec holds at most {@code quarkus.http.limits.max-header-size} (32 KiB), and answers beyond that
         * with an empty 431.
         */
        @WithDefault("20480")
        int maxHeaderBytes();

        /**
         * Largest request body (JSON) on every route that does not declare its own limit (media uploads do,
         * see {@code portal.media.max-*-bytes}). A body must declare its length: a chunked one gets a 411.
         */
        @WithDefault("10485760")
        long maxBodyBytes();

        /**
         * The API's public address (e.g. {@code https://api.xaanbinh.gov.vn}): feeds and sitemaps make absolute
         * links from it. Unset, from the request's own scheme and Host.
         */
        java.util.Optional<java.net.URI> publicUrl();

        /** The API's public address without a trailing slash: {@link #publicUrl()}, or the request's own. */
        default String publicBase(java.net.URI requestBase) {
            return publicUrl().orElse(requestBase).toString().replaceAll("/+$", "");
        }

        /** The request's own address under {@link #publicBase}: what a feed calls itself. */
        default String selfUrl(jakarta.ws.rs.core.UriInfo uri) {
            java.net.URI request = uri.getRequestUri();
            return publicBase(uri.getBaseUri()) + request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
        }
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

        /**
         * How long an answer that changes with every hit (visit counters, most read) is reused: whatever the
         * number of readers, each such answer costs at most one database read per site per this period.
         */
        @WithDefault("PT1S")
        Duration recentMaxAge();

        /** Bytes of such answers kept (bodies and keys). */
        @WithDefault("4194304")
        long recentMaxBytes();

        /** Bytes of remembered counts of numbered pages (about 250 bytes each), kept until the site changes. */
        @WithDefault("1048576")
        long countMaxBytes();
    }

    /**
     * What a CDN in front is told (RFC 9213 CDN-Cache-Control, RFC 5861 stale-*): keep public answers long,
     * since editors' changes purge them by tag; browsers still keep them only {@link Http#maxAge()}. View totals
     * at the CDN are as fresh as its copy: lower the max-age where they must be fresher.
     */
    @ConfigMapping(prefix = "portal.cdn")
    interface Cdn {
        /** Header naming the cache tags: Surrogate-Key (Fastly, Varnish xkey; space-separated) or Cache-Tag (Cloudflare; comma-separated). */
        @WithDefault("Surrogate-Key")
        String tagHeader();

        @WithDefault("PT1H")
        Duration maxAge();

        @WithDefault("PT1M")
        Duration staleWhileRevalidate();

        @WithDefault("P1D")
        Duration staleIfError();
    }
}
