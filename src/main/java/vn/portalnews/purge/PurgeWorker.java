package vn.portalnews.purge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.portalnews.common.Repeating;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends due purges on every instance; the outbox's claim makes each go out once. A purge that fails waits
 * twice as long each time (1 s, 2 s, … up to 10 min) and is given up after {@link PurgeConfig#maxAttempts()}.
 * Nothing here runs in an editor's request.
 */
@ApplicationScoped
class PurgeWorker {

    private static final Logger LOG = Logger.getLogger(PurgeWorker.class);
    private static final int CLAIM_LIMIT = 100;
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final PurgeOutbox outbox;
    private final PurgeSender sender;
    private final PurgeConfig config;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Counter abandoned;
    private ScheduledExecutorService scheduler;

    PurgeWorker(PurgeOutbox outbox, PurgeSender sender, PurgeConfig config, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.sent = metrics.counter("portal_purges_sent_total");
        this.failed = metrics.counter("portal_purges_failed_total");
        this.abandoned = metrics.counter("portal_purges_abandoned_total");
    }

    void start(@Observes StartupEvent event) {
        if (config.url().isEmpty()) {
            return;
        }
        scheduler = Repeating.every("cdn-purge", config.interval(), config.interval(), this::sendDueQuietly);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Sends what is due now; returns how many purges went out. */
    int sendDue() throws InterruptedException {
        int done = 0;
        List<PurgeQueries.DuePurge> due = outbox.claimDue(CLAIM_LIMIT);
        for (List<PurgeQueries.DuePurge> batch : batches(due, config.maxTagsPerRequest())) {
            List<Long> ids = batch.stream().map(PurgeQueries.DuePurge::id).toList();
            Set<String> tags = new LinkedHashSet<>();
            batch.forEach(purge -> tags.addAll(purge.tags()));
            try {
                sender.send(List.copyOf(tags));
                outbox.done(ids);
                sent.increment(batch.size());
                done += batch.size();
            } catch (java.io.IOException e) {
                failed.increment(batch.size());
                giveUpOrRetry(batch, e);
            }
        }
        return done;
    }

    private void giveUpOrRetry(List<PurgeQueries.DuePurge> batch, Exception cause) {
        List<Long> retry = new ArrayList<>();
        List<Long> abandon = new ArrayList<>();
        int attempts = 0;
        for (PurgeQueries.DuePurge purge : batch) {
            (purge.attempts() + 1 >= config.maxAttempts() ? abandon : retry).add(purge.id());
            attempts = Math.max(attempts, purge.attempts() + 1);
        }
        if (!retry.isEmpty()) {
            LOG.debugf("CDN purge failed (attempt %d), retried later: %s", attempts, cause.getMessage());
            outbox.retryAt(retry, clock.instant().plus(backoff(attempts)));
        }
        if (!abandon.isEmpty()) {
            LOG.warnf("CDN purge given up after %d attempts: %s", config.maxAttempts(), cause.getMessage());
            outbox.done(abandon);
            abandoned.increment(abandon.size());
        }
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** Consecutive purges whose tags fit one request (a purge with more tags than that goes alone). */
    static List<List<PurgeQueries.DuePurge>> batches(List<PurgeQueries.DuePurge> due, int maxTags) {
        List<List<PurgeQueries.DuePurge>> batches = new ArrayList<>();
        List<PurgeQueries.DuePurge> current = new ArrayList<>();
        int tags = 0;
        for (PurgeQueries.DuePurge purge : due) {
            if (!current.isEmpty() && tags + purge.tags().size() > maxTags) {
                batches.add(current);
                current = new ArrayList<>();
                tags = 0;
            }
            current.add(purge);
            tags += purge.tags().size();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            LOG.debugf("CDN purges not sent this time: %s", e.toString());
        }
    }
}
