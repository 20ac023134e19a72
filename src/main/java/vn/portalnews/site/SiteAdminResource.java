package vn.portalnews.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/sites")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin")
public class SiteAdminResource {

    private final SiteAdminService admin;
    private final SiteDirectory sites;

    SiteAdminResource(SiteAdminService admin, SiteDirectory sites) {
        this.admin = admin;
        this.sites = sites;
    }

    @GET
    @Operation(summary = "All sites")
    @APIResponse(responseCode = "200", description = "Sites",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteList.class)))
    public SiteList list() {
        return new SiteList(sites.all().stream().map(SiteView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a site")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(SiteInput input, @Context UriInfo uri) {
        SiteView created = admin.create(input);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sites").path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{site}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a site or change its time zone")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public SiteView update(@PathParam("site") String slug, SiteInput input) {
        return admin.update(slug, input);
    }
}
