package vn.portalnews.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "User")
public record UserView(
        @Schema(examples = "bientap") String username,
        @Schema(examples = "Trần Thị Bình") String displayName,
        boolean enabled,
        List<RoleGrant> roles,
        Instant createdAt) {
}
