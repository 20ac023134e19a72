package vn.portalnews.site;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entry point of the API: where to go next. Touches nothing, so it is also the benchmark's ceiling. */
@Path("/api/v1")
@Tag(name = "Sites")
public class ApiIndexResource {

    @Schema(name = "ApiIndex")
    public record ApiIndex(@Schema(examples = "Portal News API") String name,
                           @Schema(examples = "v1") String version,
                           @Schema(examples = "/api/v1/sites") String sites,
                           @Schema(examples = "/q/openapi") String openapi) {
    }

    private static final ApiIndex INDEX = new ApiIndex("Portal News API", "v1", "/api/v1/sites", "/q/openapi");

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "API entry point", description = "Name, version and links to the site list and the OpenAPI document.")
    public ApiIndex index() {
        return INDEX;
    }
}
