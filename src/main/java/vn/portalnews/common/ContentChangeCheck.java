package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * Ready only while the change listener hears the database: otherwise cached pages could stay stale unnoticed.
 * It pings itself every {@link ContentChangeListener#PING_INTERVAL}, so a silence of two intervals means
 * trouble, well before it gives the connection up and reconnects.
 */
@Readiness
@ApplicationScoped
class ContentChangeCheck implements HealthCheck {

    private final ContentChangeListener listener;

    ContentChangeCheck(ContentChangeListener listener) {
        this.listener = listener;
    }

    @Override
    public HealthCheckResponse call() {
        long silence = listener.lastHeard().map(heard -> Duration.between(heard, Instant.now()).toSeconds()).orElse(-1L);
        return HealthCheckResponse.named("content-changes")
                .status(silence >= 0 && silence <= ContentChangeListener.PING_INTERVAL.multipliedBy(2).toSeconds())
                .withData("secondsSinceHeard", silence)
                .build();
    }
}
