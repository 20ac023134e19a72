package vn.portalnews.common;

import java.time.Duration;

/** The documented defaults, for unit tests that build the HTTP helpers by hand. */
final class TestHttpConfig {

    private TestHttpConfig() {
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
        };
    }
}
