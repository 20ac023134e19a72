package vn.portalnews.auth;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordReset")
public record PasswordReset(@NotNull @Schema(description = "10 characters or more, at most 72 bytes") String password) {
}
