package vn.portalnews.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Site", description = "A portal served by this deployment")
public record SiteView(
        @Schema(examples = "phong-hai") String slug,
        @Schema(examples = "Cổng thông tin điện tử xã Phong Hải") String name,
        @Schema(examples = "Asia/Ho_Chi_Minh") String timeZone,
        @Schema(nullable = true, description = "The frontend's home page", examples = "https://xaanbinh.gov.vn") String siteUrl,
        @Schema(nullable = true, description = "The frontend's page of an article ({slug}, {id})",
                examples = "https://xaanbinh.gov.vn/tin-tuc/{slug}") String articleUrlTemplate,
        @Schema(nullable = true, description = "The frontend's page of an official document ({id})",
                examples = "https://xaanbinh.gov.vn/van-ban/{id}") String documentUrlTemplate) {

    static SiteView of(SiteRef site) {
        return new SiteView(site.slug(), site.name(), site.zone().getId(), site.siteUrl(), site.articleUrlTemplate(),
                site.documentUrlTemplate());
    }
}
