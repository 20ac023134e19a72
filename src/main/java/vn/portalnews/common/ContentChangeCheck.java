package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/** Ready only while the change listener hears the database: otherwise cached pages could stay stale unnoticed. */
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
                .status(silence >= 0 && silence <= ContentChangeListener.STALL_TIMEOUT.plus(ContentChangeListener.PING_INTERVAL).toSeconds())
                .withData("secondsSinceHeard", silence)
                .build();
    }
}
