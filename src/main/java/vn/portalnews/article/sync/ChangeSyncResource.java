package vn.portalnews.article.sync;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/sites/{site}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change sync", description = "For apps that keep articles offline: only what changed since last time")
public class ChangeSyncResource {

    private final ChangeSyncService sync;

    ChangeSyncResource(ChangeSyncService sync) {
        this.sync = sync;
    }

    @GET
    @Operation(summary = "Articles changed since a token", description = "Without `since`: every public article, paged "
            + "(an initial sync). Then pass `next` as `since`: the articles created or changed and the ids of those that "
            + "left the public side, in commit order, so a change saved while a sync runs is never skipped. "
            + "`more` says to ask again at once. Not cached (Cache-Control: no-store).")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public Response changes(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                            @Parameter(description = "`next` of the previous answer") @QueryParam("since") String since,
                            @Parameter(description = "Changes per page, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
                            @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        String token = params.text("since", since, 200);
        int size = params.integer("limit", limit, 1, 500, 100);
        params.validate();
        return Response.ok(sync.changes(site, token, size)).header("Cache-Control", "no-store").build();
    }
}
