package vn.portalnews.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 64) @Schema(examples = "bientap") String username,
        @NotBlank @Size(max = 200) @Schema(examples = "bientap-demo-2026") String password) {
}
