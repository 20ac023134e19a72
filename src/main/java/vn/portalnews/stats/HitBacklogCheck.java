package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Not ready while hits are refused (the backlog is full) or not being written (the oldest unwritten hit is older
 * than {@value #STALE_FLUSHES} flush intervals): a load balancer then sends readers elsewhere. Answers from
 * memory, at once.
 */
@Readiness
@ApplicationScoped
class HitBacklogCheck implements HealthCheck {

    static final int STALE_FLUSHES = 30;

    private final HitCollector hits;
    private final Duration stale;

    HitBacklogCheck(HitCollector hits, StatsConfig config) {
        this.hits = hits;
        this.stale = config.flushInterval().multipliedBy(STALE_FLUSHES);
    }

    @Override
    public HealthCheckResponse call() {
        HitCollector.Backlog backlog = hits.backlog();
        return HealthCheckResponse.named("hits")
                .status(!backlog.full() && backlog.oldestAge().compareTo(stale) <= 0)
                .withData("pending", backlog.hits())
                .withData("pendingBytes", backlog.bytes())
                .withData("oldestPendingSeconds", backlog.oldestAge().toSeconds())
                .build();
    }
}
