package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;

/** The documented defaults, for unit tests that build the HTTP helpers by hand. */
final class TestHttpConfig {

    private TestHttpConfig() {
    }

    static HttpCaching caching() {
        return new HttpCaching(new ObjectMapper(), LiveNumbers.NONE, http(), cdn(), cache(Duration.ofSeconds(1)), null);
    }

    static HttpConfig.Http http() {
        return new HttpConfig.Http() {
            @Override
            public Duration maxAge() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int maxRequestLine() {
                return 4096;
            }

            @Override
            public int maxHeaderBytes() {
                return 20480;
            }

            @Override
            public long maxBodyBytes() {
                return 10_485_760;
            }

            @Override
            public java.util.Optional<java.net.URI> publicUrl() {
                return java.util.Optional.empty();
            }
        };
    }

    static HttpConfig.Cdn cdn() {
        return new HttpConfig.Cdn() {
            @Override
            public String tagHeader() {
                return "Surrogate-Key";
            }

            @Override
            public Duration maxAge() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration staleWhileRevalidate() {
                return Duration.ofMinutes(1);
            }

            @Override
            public Duration staleIfError() {
                return Duration.ofDays(1);
            }
        };
    }

    static HttpConfig.Cache cache(Duration recentMaxAge) {
        return new HttpConfig.Cache() {
            @Override
            public long maxBytes() {
                return 1_000_000;
            }

            @Override
            public Duration recentMaxAge() {
                return recentMaxAge;
            }

            @Override
            public long recentMaxBytes() {
                return 1_000_000;
            }

            @Override
            public long countMaxBytes() {
                return 100_000;
            }
        };
    }
}
