package vn.portalnews.site;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.PublicResponseCache;

@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "The portals this deployment serves")
public class SiteResource {

    private final SiteDirectory directory;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    SiteResource(SiteDirectory directory, PublicResponseCache cache, HttpCaching caching) {
        this.directory = directory;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "List the sites", description = "Every portal of this deployment, by slug.")
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteList.class)))
    public Response list(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return caching.respond(cache.get(PublicResponseCache.ALL_SITES, "sites",
                () -> new SiteList(directory.all().stream().map(SiteView::of).toList())), ifNoneMatch, CacheTags.SITES);
    }

    @GET
    @Path("/{site}")
    @Operation(summary = "Get one site", description = "Name and time zone of a portal; its days are counted in that zone.")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public Response get(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return caching.respond(cache.get(site.id(), "site", () -> SiteView.of(site)), ifNoneMatch, CacheTags.site(site.slug()));
    }
}
