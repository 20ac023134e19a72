package vn.portalnews.auth;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserUpdate", description = "Fields left out stay as they are; disabling a user ends their sessions at once")
public record UserUpdate(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
        Boolean enabled) {
}
