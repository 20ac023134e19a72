package vn.portalnews.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.Repeating;
import vn.portalnews.site.SiteDirectory;
import vn.portalnews.site.SiteRef;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

/**
 * Accepts hits in memory and flushes them in batches, at most once per flush interval, in one transaction:
 * the rate of database writes does not grow with traffic and no row is locked per hit. A graceful stop
 * flushes what is left; a crash loses at most one interval.
 */
@ApplicationScoped
public class HitCollector {

    private static final Logger LOG = Logger.getLogger(HitCollector.class);
    private static final long MAINTENANCE_EVERY_FLUSHES = 60;

    private final Clock clock;
    private final StatsConfig config;
    private final VisitorSalts salts;
    private final StatsWriter writer;
    private final StatsMaintenance maintenance;
    private final SiteDirectory sites;
    private final Pattern bots;
    private final Counter accepted;
    private final Counter droppedAsBots;
    private final Counter flushed;
    private final Counter refusedBacklog;
    private final Counter refusedAddress;
    private final Timer flushLatency;
    private final VisitorsPerAddress visitorsPerAddress;
    /** Recording takes the shared side, swapping the batch the exclusive one: no hit lands in a batch being written. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private HitBatch current = new HitBatch();
    private ScheduledExecutorService scheduler;
    private long flushes;

    HitCollector(Clock clock, StatsConfig config, VisitorSalts salts, StatsWriter writer, StatsMaintenance maintenance,
                 SiteDirectory sites, MeterRegistry registry) {
        this.clock = clock;
        this.config = config;
        this.salts = salts;
        this.maintenance = maintenance;
        this.sites = sites;
        this.writer = writer;
        this.bots = Pattern.compile(this.config.botPattern());
        this.accepted = registry.counter("portal.hits.accepted");
        this.droppedAsBots = registry.counter("portal.hits.dropped.bots");
        this.flushed = registry.counter("portal.hits.flushed");
        this.refusedBacklog = registry.counter("portal.hits.refused", "reason", "backlog");
        this.refusedAddress = registry.counter("portal.hits.refused", "reason", "new-visitors-per-address");
        this.flushLatency = registry.timer("portal.stats.flush");
        this.visitorsPerAddress = new VisitorsPerAddress(config.maxNewVisitorsPerAddress(), config.newVisitorWindow(),
                config.newVisitorMemory());
        registry.gauge("portal.hits.pending", this, collector -> collector.backlog().hits());
        registry.gauge("portal.hits.pending.bytes", this, collector -> collector.backlog().bytes());
        registry.gauge("portal.hits.oldest.pending.seconds", this, collector -> collector.backlog().oldestAge().toMillis() / 1000.0);
    }

    /** What is accepted and not yet written. */
    public record Backlog(long hits, long bytes, Duration oldestAge, boolean full) {
    }

    public Backlog backlog() {
        HitBatch batch = current;
        Instant oldest = batch.oldest();
        long hits = batch.hits.sum();
        long bytes = batch.estimatedBytes();
        return new Backlog(hits, bytes, oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant()),
                hits >= config.maxPendingHits() || bytes >= config.maxPendingBytes());
    }

    /**
     * Counts a hit in memory. A hit that is answered as accepted is written: when the unwritten backlog is
     * full it is refused (503) instead, and so is a new visitor from an address that has brought too many (429).
     *
     * @return false when the hit came from a bot and was not counted
     */
    public boolean record(SiteRef site, String clientAddress, String userAgent, String articleSlug) {
        if (userAgent == null || userAgent.isBlank() || bots.matcher(userAgent).find()) {
            droppedAsBots.increment();
            return false;
        }
        if (backlog().full()) {
            refusedBacklog.increment();
            throw ApiProblemException.unavailable("Hits cannot be written at the moment; try again later",
                    Math.max(1, config.flushInterval().multipliedBy(5).toSeconds()));
        }
        // micro-second precision: what PostgreSQL stores, so what is written is what was recorded
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = at.atZone(site.zone()).toLocalDate();
        UUID visitor = visitor(salts.saltFor(site.id(), day), clientAddress, userAgent);
        if (!visitorsPerAddress.admit(site.id() + "|" + clientAddress, visitor, at)) {
            refusedAddress.increment();
            throw ApiProblemException.tooManyRequests("Too many new visitors from your address",
                    Math.max(1, config.newVisitorWindow().toSeconds()));
        }
        swap.readLock().lock();
        try {
            current.record(site.id(), visitor, articleSlug, at, day);
        } finally {
            swap.readLock().unlock();
        }
        accepted.increment();
        return true;
    }

    /** Writes everything collected so far; on failure the hits go back for the next attempt. */
    public synchronized void flush() {
        HitBatch batch;
        swap.writeLock().lock();
        try {
            batch = current;
            current = new HitBatch();
        } finally {
            swap.writeLock().unlock();
        }
        if (!batch.isEmpty()) {
            long started = System.nanoTime();
            try {
                writer.write(batch);
                flushed.increment(batch.hits.sum());
            } catch (Throwable e) { // even an OutOfMemoryError: the hits go back, never dropped with the batch
                LOG.warnf("Flushing %d hits failed (%s); they are kept for the next flush", batch.hits.sum(), e.toString());
                swap.writeLock().lock();
                try {
                    current.absorb(batch);
                } finally {
                    swap.writeLock().unlock();
                }
            } finally {
                flushLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
        if (flushes++ % MAINTENANCE_EVERY_FLUSHES == 0) {
            maintain();
        }
    }

    void start(@Observes StartupEvent event) {
        maintain();
        scheduler = Repeating.every("stats-flush", config.flushInterval(), config.flushInterval(), this::flushQuietly);
    }

    /** Runs before the datasource closes: observers with a lower priority value are notified first. */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    /** A scheduled task that throws is never run again: nothing may escape, not even an Error. */
    private void flushQuietly() {
        try {
            flush();
        } catch (Throwable e) {
            LOG.warnf("Statistics flush failed: %s", e.toString());
        }
    }

    /** Salts for today and tomorrow, and deletion of what no rule needs any more. */
    private void maintain() {
        Instant now = clock.instant();
        try {
            Map<Long, LocalDate> oldestSaltDay = new HashMap<>();
            for (SiteRef site : sites.all()) {
                LocalDate today = now.atZone(site.zone()).toLocalDate();
                salts.prepare(site.id(), today);
                oldestSaltDay.put(site.id(), today.minusDays(1));
            }
            maintenance.deleteExpired(oldestSaltDay, now.minus(2, ChronoUnit.DAYS), now.minus(config.viewWindow()));
        } catch (Exception e) {
            LOG.warnf("Statistics maintenance failed: %s", e.getMessage());
        }
    }

    static UUID visitor(byte[] salt, String clientAddress, String userAgent) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update((byte) 0);
            digest.update(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(userAgent.getBytes(StandardCharsets.UTF_8));
            ByteBuffer hash = ByteBuffer.wrap(digest.digest());
            return new UUID(hash.getLong(), hash.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
