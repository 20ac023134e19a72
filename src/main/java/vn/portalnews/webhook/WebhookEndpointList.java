package vn.portalnews.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookEndpointList")
public record WebhookEndpointList(List<WebhookEndpoint> items) {
}
