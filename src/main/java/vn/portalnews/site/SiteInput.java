package vn.portalnews.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Slugs;

@Schema(name = "SiteInput")
public record SiteInput(
        @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
        @Schema(description = "Required on create; fixed afterwards (it is in every URL)", examples = "xa-binh-minh") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Cổng thông tin điện tử xã Bình Minh") String name,
        @Size(max = 64) @Schema(description = "IANA zone of the site's days; default Asia/Ho_Chi_Minh", examples = "Asia/Ho_Chi_Minh") String timeZone) {
}
