package vn.portalnews.common;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import java.util.List;
import vn.portalnews.common.PublicResponseCache.Entry;
import vn.portalnews.common.PublicResponseCache.Key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicResponseCacheTest {

    private static Entry<RenderedJson> body(int bytes) {
        return new Entry<>(new RenderedJson(new byte[bytes], "\"etag\""), 1);
    }

    @Test
    void shouldComputeARecentAnswerOncePerPeriodWhateverTheReaders() throws Exception {
        HttpCaching http = TestHttpConfig.caching();
        PublicResponseCache cache = new PublicResponseCache(http, java.time.Clock.systemUTC(), (site, now) -> java.util.Optional.empty(),
                TestHttpConfig.cache(java.time.Duration.ofHours(1)));
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<RenderedJson>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                answers.add(readers.submit(() -> cache.recent(1, "stats", () -> java.util.Map.of("today", reads.incrementAndGet()))));
            }
            for (var answer : answers) {
                assertNotNull(answer.get());
            }
        } finally {
            readers.shutdown();
        }
        assertEquals(1, reads.get());
        cache.recent(2, "stats", () -> java.util.Map.of("today", reads.incrementAndGet()));
        assertEquals(2, reads.get(), "each site has its own");
    }

    @Test
    void shouldHoldNoMoreBytesThanItsBound() {
        Cache<Key, Entry<RenderedJson>> cache = PublicResponseCache.boundedByBytes(1_000_000, Runnable::run);
        for (int i = 0; i < 1_000; i++) {
            cache.put(new Key(1, "search|" + i), body(100_000));
        }
        cache.cleanUp();
        long held = cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        assertTrue(held <= 1_000_000, "held " + held);
    }

    @Test
    void shouldKeepAHotPageWhileAFloodOfOneOffAnswersPassesBy() {
        Cache<Key, Entry<RenderedJson>> cache = PublicResponseCache.boundedByBytes(2_000_000, Runnable::run);
        for (int i = 0; i < 150; i++) {
            cache.put(new Key(1, "archive|" + i), body(10_000)); // a running service: the cache is mostly full
        }
        Key hot = new Key(1, "articles|latest");
        cache.put(hot, body(10_000));
        for (int i = 0; i < 10; i++) {
            cache.getIfPresent(hot); // a page readers ask for
        }
        for (int i = 0; i < 20_000; i++) {
            cache.put(new Key(1, "search|q" + i), body(10_000)); // each asked once
            if (i % 300 == 0) {
                // readers keep asking for the latest news, though more one-off answers than the cache holds
                // (200 of this size) come between two asks: recency alone (LRU) would have dropped it
                assertNotNull(cache.getIfPresent(hot), "evicted by one-off answers after " + i);
            }
        }
        cache.cleanUp();
        assertNotNull(cache.getIfPresent(hot));
    }
}
