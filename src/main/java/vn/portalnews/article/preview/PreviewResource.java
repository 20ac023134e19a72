package vn.portalnews.article.preview;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.PathIds;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/editor/sites/{site}/articles/{id}/preview")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Preview", description = "Drafts and scheduled articles shown as their public page, by a secret link")
public class PreviewResource {

    private final PreviewService previews;

    PreviewResource(PreviewService previews) {
        this.previews = previews;
    }

    @POST
    @Operation(summary = "Make a preview link", description = "For whoever may open the article; it works for "
            + "PORTAL_PREVIEW_TTL (an hour) or until revoked.")
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewLink.class)))
    public Response create(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        return Response.status(Response.Status.CREATED).entity(previews.create(site, PathIds.of(id, "article"))).build();
    }

    @DELETE
    @Operation(summary = "Revoke every preview link of an article")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        previews.revoke(site, PathIds.of(id, "article"));
        return Response.noContent().build();
    }
}
