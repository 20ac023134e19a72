package vn.portalnews.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "WebhookSecret", description = "Verify webhook-signature with this (Standard Webhooks)")
public record WebhookSecret(
        @Schema(examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(nullable = true, description = "Until when deliveries are signed with the previous secret too")
        Instant previousSecretValidUntil) {
}
