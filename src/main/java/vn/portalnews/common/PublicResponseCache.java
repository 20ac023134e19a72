package vn.portalnews.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import vn.portalnews.common.sql.ReadReplica;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered public responses, per site. Readers vastly outnumber writers on a news portal, so a response is
 * computed once and served from memory until its site changes. A site's entries are dropped when
 * <ul>
 *   <li>its content changes (database trigger → NOTIFY → {@link ContentChangeListener}, on every instance), or</li>
 *   <li>its next scheduled article falls due, so that it is public exactly from its instant.</li>
 * </ul>
 * Entries carry the generation they were computed under; a response computed while a change committed is
 * never stored, so the cache cannot resurrect old content.
 */
@ApplicationScoped
public class PublicResponseCache {

    /** Pseudo site for responses that span sites (the site list). */
    public static final long ALL_SITES = 0;

    /** Objects, headers and map nodes around each body, roughly. */
    static final int ENTRY_OVERHEAD_BYTES = 200;

    record Key(long siteId, String name) {
    }

    /** A value and the generation of its site it was computed under. */
    record Entry<V>(V value, long generation) {
    }

    private record Generation(long value, Instant expiresAt) {
        boolean isCurrentAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    private final HttpCaching http;
    private final Clock clock;
    private final ScheduledContent scheduled;
    private final Cache<Key, Entry<RenderedJson>> entries;
    private final Cache<Key, RenderedJson> recent;
    private final Cache<Key, Entry<Long>> counts;
    private final ConcurrentHashMap<Long, Generation> generations = new ConcurrentHashMap<>();
    private final AtomicLong generationCounter = new AtomicLong();
    private final AtomicLong invalidations = new AtomicLong();

    PublicResponseCache(HttpCaching http, Clock clock, ScheduledContent scheduled, HttpConfig.Cache config) {
        this.http = http;
        this.clock = clock;
        this.scheduled = scheduled;
        this.entries = boundedByBytes(config.maxBytes());
        this.recent = Caffeine.newBuilder()
                .maximumWeight(config.recentMaxBytes())
                .weigher((Key key, RenderedJson json) -> weight(key, json))
                .expireAfterWrite(config.recentMaxAge())
                .build();
        this.counts = Caffeine.newBuilder()
                .maximumWeight(config.countMaxBytes())
                .weigher((Key key, Entry<Long> entry) -> ENTRY_OVERHEAD_BYTES + 2 * key.name().length() + COUNT_BYTES)
                .build();
    }

    /** A count kept with its generation, as a one-number answer. */
    private static final int COUNT_BYTES = 48;

    private static int weight(Key key, RenderedJson json) {
        return ENTRY_OVERHEAD_BYTES + 2 * key.name().length() + json.retainedBytes();
    }

    /**
     * Weighed by bytes, so that a few large answers cannot hold more memory than many small ones. Caffeine's
     * admission (W-TinyLFU) keeps an entry out unless it is asked more often than the one it would evict.
     */
    static Cache<Key, Entry<RenderedJson>> boundedByBytes(long maxBytes) {
        return boundedByBytes(maxBytes, ForkJoinPool.commonPool());
    }

    /** @param maintenance where eviction work runs (tests run it in the caller, to see its result at once) */
    static Cache<Key, Entry<RenderedJson>> boundedByBytes(long maxBytes, Executor maintenance) {
        return Caffeine.newBuilder()
                .executor(maintenance)
                .maximumWeight(maxBytes)
                .weigher((Key key, Entry<RenderedJson> entry) -> weight(key, entry.value()))
                .build();
    }

    /**
     * The rendered answer of the site's current generation, computed by {@code loader} when there is none. When
     * the database is unavailable, the last answer for the key is served even if the site has changed since
     * (stale-if-error): an old page beats none while the database is away.
     */
    public RenderedJson get(long siteId, String name, Supplier<?> loader) {
        return get(siteId, name, FieldSelection.ALL, loader);
    }

    /** The answer with only the {@code fields} asked for, kept apart from the whole one. */
    public RenderedJson get(long siteId, String name, FieldSelection fields, Supplier<?> loader) {
        return current(entries, new Key(siteId, name + fields.cacheKey()),
                () -> http.render(ReadReplica.publicRead(loader), fields));
    }

    /**
     * An answer that changes with every hit (visit counters, most read), computed by {@code loader} at most once
     * per {@link HttpConfig.Cache#recentMaxAge()} for each key: readers asking meanwhile wait for that one
     * computation or reuse its result.
     */
    /** An answer its loader renders itself (a feed's XML, a sitemap), kept and dropped like the JSON ones. */
    public RenderedJson getRendered(long siteId, String name, Supplier<RenderedJson> loader) {
        return current(entries, new Key(siteId, name), () -> ReadReplica.publicRead(loader));
    }

    public RenderedJson recent(long siteId, String name, Supplier<?> loader) {
        return recent.get(new Key(siteId, name), key -> http.render(ReadReplica.publicRead(loader)));
    }

    /**
     * A count over the site's public content (numbered pages' {@code totalItems}), computed by {@code counter}
     * once per generation of the site: counting is the one read whose cost grows with the site (at 1M articles,
     * a third of a second), and its result changes only when the content does.
     */
    public long count(long siteId, String name, LongSupplier counter) {
        return current(counts, new Key(siteId, name), () -> ReadReplica.publicRead(counter::getAsLong));
    }

    /**
     * The value kept for {@code key} under its site's current generation, else computed and kept, unless the
     * site changed meanwhile. When the database is unavailable, the last value is used even if the site has
     * changed since (stale-if-error).
     */
    private <V> V current(Cache<Key, Entry<V>> cache, Key key, Supplier<V> compute) {
        Entry<V> known = cache.getIfPresent(key);
        try {
            long generation = generationAt(key.siteId(), clock.instant());
            if (known != null && known.generation() == generation) {
                return known.value();
            }
            V value = compute.get();
            Generation current = generations.get(key.siteId());
            if (current != null && current.value() == generation) {
                cache.put(key, new Entry<>(value, generation));
            }
            return value;
        } catch (RuntimeException e) {
            if (known != null && ProblemMappers.databaseUnavailable(e) != null) {
                return known.value();
            }
            throw e;
        }
    }

    /** The site's answers become stale: none is served again while it can be computed anew. */
    public void invalidate(long siteId) {
        invalidations.incrementAndGet();
        generations.remove(siteId);
    }

    /** Every answer becomes stale (kept, within the byte bound, for stale-if-error). */
    public void invalidateAll() {
        invalidations.incrementAndGet();
        generations.clear();
    }

    /**
     * The site's current generation, a new one when it changed or its next scheduled article fell due. The
     * next publication is read outside the map's lock: read inside it, one slow query held every request for the
     * site. An invalidation that lands while it is read makes the new generation expire at once, so a schedule
     * the read may have missed is read again by the next request.
     */
    private long generationAt(long siteId, Instant now) {
        Generation generation = generations.get(siteId);
        if (generation != null && generation.isCurrentAt(now)) {
            return generation.value();
        }
        long invalidationsSeen = invalidations.get();
        Instant expiresAt = siteId == ALL_SITES ? null : scheduled.nextPublicationAfter(siteId, now).orElse(null);
        return generations.compute(siteId, (id, existing) -> {
            if (existing != null && existing.isCurrentAt(now)) {
                return existing;
            }
            return new Generation(generationCounter.incrementAndGet(),
                    invalidations.get() == invalidationsSeen ? expiresAt : now);
        }).value();
    }
}
