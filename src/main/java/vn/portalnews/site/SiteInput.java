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
        @Size(max = 64) @Schema(description = "IANA zone of the site's days; default Asia/Ho_Chi_Minh", examples = "Asia/Ho_Chi_Minh") String timeZone,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s\"'<>]+", message = "must be an absolute http(s) URL")
        @Schema(nullable = true, description = "The frontend's home page, for feeds and sitemaps", examples = "https://xaanbinh.gov.vn")
        String siteUrl,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s\"'<>]*\\{slug}[^\\s\"'<>]*", message = "must be an absolute http(s) URL with {slug}")
        @Schema(nullable = true, description = "The frontend's page of an article: {slug} and {id} are filled in",
                examples = "https://xaanbinh.gov.vn/tin-tuc/{slug}") String articleUrlTemplate,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s\"'<>]*\\{id}[^\\s\"'<>]*", message = "must be an absolute http(s) URL with {id}")
        @Schema(nullable = true, description = "The frontend's page of an official document: {id} is filled in",
                examples = "https://xaanbinh.gov.vn/van-ban/{id}") String documentUrlTemplate) {
}
