package vn.portalnews.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/admin/sites/{site}/stats-baseline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin")
public class StatsBaselineResource {

    private final StatsBaselines baselines;
    private final RequestValidation validation;

    StatsBaselineResource(StatsBaselines baselines, RequestValidation validation) {
        this.baselines = baselines;
        this.validation = validation;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the visits carried over from an old portal",
            description = "Added to the total of \"Thống kê truy cập\"; replaces any configured baseline for good.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsBaseline.class)))
    public StatsBaseline set(@PathParam("site") SiteRef site, StatsBaseline baseline) {
        validation.check("body", baseline);
        baselines.setByAdmin(site, baseline.total());
        return baseline;
    }
}
