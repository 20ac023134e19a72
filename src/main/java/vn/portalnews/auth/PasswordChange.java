package vn.portalnews.auth;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChange")
public record PasswordChange(@NotNull String currentPassword,
                             @NotNull @Schema(description = "10 characters or more, at most 72 bytes") String newPassword) {
}
