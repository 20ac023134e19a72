package vn.portalnews.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.portalnews.common.Repeating;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends due deliveries on every instance (the outbox's claim gives each attempt to one), a batch at a time and
 * concurrently, so one slow endpoint delays the others by at most a timeout. Nothing here runs in a request.
 */
@ApplicationScoped
class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int RETENTION_BATCH = 1000;
    /** The log's retention is in days: looking for expired deliveries once a minute is plenty. */
    private static final java.time.Duration FORGET_EVERY = java.time.Duration.ofMinutes(1);

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final Clock clock;
    private final Counter delivered;
    private final Counter failedAttempts;
    private ScheduledExecutorService scheduler;
    private java.time.Instant nextForget = java.time.Instant.MIN;

    WebhookWorker(WebhookOutbox outbox, WebhookSender sender, WebhookConfig config, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.delivered = metrics.counter("portal_webhooks_delivered_total");
        this.failedAttempts = metrics.counter("portal_webhooks_failed_attempts_total");
    }

    void start(@Observes StartupEvent event) {
        if (!config.send()) {
            return;
        }
        scheduler = Repeating.every("webhooks", config.interval(), config.interval(), this::sendDueQuietly);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Makes one attempt at every delivery due now, a batch at a time; returns how many were delivered. */
    int sendDue() {
        int ok = 0;
        List<WebhookQueries.Due> due;
        do {
            due = outbox.claimDue(config.batchSize());
            ok += send(due);
        } while (due.size() == config.batchSize());
        return ok;
    }

    private int send(List<WebhookQueries.Due> due) {
        if (due.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<WebhookSender.Outcome>> sending = due.stream().map(sender::send).toList();
        List<WebhookSender.Outcome> outcomes = sending.stream().map(CompletableFuture::join).toList();
        outbox.finish(due, outcomes, config.retrySchedule());
        long ok = outcomes.stream().filter(WebhookSender.Outcome::delivered).count();
        delivered.increment(ok);
        failedAttempts.increment(outcomes.size() - ok);
        return (int) ok;
    }

    /** Forgets deliveries finished longer ago than the retention. */
    int forgetOld() {
        return outbox.deleteFinishedBefore(clock.instant().minus(config.retention()), RETENTION_BATCH);
    }

    private void sendDueQuietly() {
        try {
            sendDue();
            if (!clock.instant().isBefore(nextForget)) {
                forgetOld();
                nextForget = clock.instant().plus(FORGET_EVERY);
            }
        } catch (Throwable e) {
            LOG.debugf("Webhook deliveries not sent this time: %s", e.toString());
        }
    }
}
