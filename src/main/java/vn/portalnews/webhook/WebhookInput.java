package vn.portalnews.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An endpoint as an administrator writes it (PUT replaces it; the secret is not part of it). */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotBlank @Size(max = 2000) @Schema(description = "An http(s) URL on a public address",
                examples = "https://xaanbinh.gov.vn/api/revalidate") String url,
        @NotEmpty @Size(max = 20) @Schema(description = "Events to receive: " + EventTypes.DESCRIPTION,
                examples = "[\"article.*\"]") List<@NotNull @Size(max = 40) String> events,
        @Size(max = 500) @Schema(nullable = true, examples = "Next.js frontend") String description,
        @Schema(nullable = true, description = "false pauses deliveries (they wait); true when left out") Boolean enabled) {
}
