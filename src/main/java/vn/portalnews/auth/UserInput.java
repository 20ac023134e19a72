package vn.portalnews.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UserInput")
public record UserInput(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "must be 3 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit")
        @Schema(examples = "phongvien2") String username,
        @NotBlank @Size(max = 200) @Schema(examples = "Lê Văn Cường") String displayName,
        @NotNull @Schema(description = "10 characters or more, at most 72 bytes") String password,
        @Size(max = 100) List<@Valid @NotNull RoleGrant> roles) {
}
