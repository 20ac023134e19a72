package vn.portalnews.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessToken", description = "Send as 'Authorization: Bearer <accessToken>'")
public record AccessToken(
        @Schema(examples = "eyJhbGciOiJSUzI1NiJ9…") String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires", examples = "3600") long expiresIn) {
}
