package vn.portalnews.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Site", description = "A portal served by this deployment")
public record SiteView(
        @Schema(examples = "phong-hai") String slug,
        @Schema(examples = "Cổng thông tin điện tử xã Phong Hải") String name,
        @Schema(examples = "Asia/Ho_Chi_Minh") String timeZone) {

    static SiteView of(SiteRef site) {
        return new SiteView(site.slug(), site.name(), site.zone().getId());
    }
}
