package vn.portalnews.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Paged;

import java.util.List;

@Schema(name = "WebhookDeliveryPage", description = "Deliveries, newest first")
public record WebhookDeliveryPage(List<WebhookDelivery> items,
                                  @Schema(nullable = true, description = "Pass as cursor for the next page") String nextCursor)
        implements Paged {
}
