package vn.portalnews.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoleGrant", description = "ADMIN is global (site omitted); EDITOR and AUTHOR hold on one site")
public record RoleGrant(
        @Schema(nullable = true, description = "The site; null for ADMIN, which holds every site", examples = "xa-an-binh") String site,
        @NotBlank @Pattern(regexp = "ADMIN|EDITOR|AUTHOR", message = "must be ADMIN, EDITOR or AUTHOR")
        @Schema(enumeration = {"ADMIN", "EDITOR", "AUTHOR"}, examples = "EDITOR") String role) {

    public static final String ADMIN = "ADMIN";
}
