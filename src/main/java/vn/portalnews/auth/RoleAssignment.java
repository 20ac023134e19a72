package vn.portalnews.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RoleAssignment", description = "The user's complete set of roles; replaces the previous one")
public record RoleAssignment(@NotNull @Size(max = 100) List<@Valid @NotNull RoleGrant> roles) {
}
