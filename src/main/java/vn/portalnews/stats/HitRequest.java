package vn.portalnews.stats;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Slugs;

@Schema(name = "Hit", description = "One page view reported by the frontend")
public record HitRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "/.*", message = "must be a path starting with /")
        @Schema(required = true, examples = "/tin-tuc/cong-tac-cai-cach-hanh-chinh") String path,
        @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = "must be an article slug")
        @Schema(description = "Slug of the article shown, if any", examples = "cong-tac-cai-cach-hanh-chinh") String article,
        @Size(max = 2000) @Schema(examples = "https://www.google.com/") String referrer) {
}
