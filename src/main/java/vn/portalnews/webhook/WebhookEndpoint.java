package vn.portalnews.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "WebhookEndpoint", description = "A registered endpoint; its secret is read at /secret")
public record WebhookEndpoint(long id, String url, List<String> events,
                              @Schema(nullable = true) String description, boolean enabled,
                              Instant createdAt, Instant updatedAt, long version) {
}
