package vn.portalnews.webhook;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "WebhookDelivery", description = "One event sent to one endpoint, with its attempts")
public record WebhookDelivery(
        long id,
        @Schema(description = "The webhook-id header, the same on every attempt") String messageId,
        String event,
        @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
        int attempts,
        Instant createdAt,
        @Schema(nullable = true, description = "When the next attempt is due; null once delivered or failed") Instant nextAttemptAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(type = SchemaType.OBJECT, description = "The body sent, as sent") Object payload,
        @Schema(description = "The latest attempts first (at most 20)") List<Attempt> attemptLog) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(Instant at,
                          @Schema(nullable = true, description = "null when no answer came") Integer statusCode,
                          long latencyMs,
                          @Schema(nullable = true) String error) {
    }
}
