package vn.portalnews.article.preview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.article.ArticleDetail;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/sites/{site}/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preview", description = "Drafts and scheduled articles shown as their public page, by a secret link")
public class PreviewReadResource {

    private final PreviewService previews;

    PreviewReadResource(PreviewService previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "Read an article by its preview link", description = "The public page's shape, in any status. "
            + "Never cached (Cache-Control: no-store) and never in the shared cache.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response read(@PathParam("site") SiteRef site, @PathParam("token") String token) {
        return Response.ok(previews.read(site, token)).header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex").build();
    }
}
