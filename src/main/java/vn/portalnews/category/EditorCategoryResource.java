package vn.portalnews.category;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.portalnews.site.SiteRef;

@Path("/api/v1/editor/sites/{site}/categories")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Editor")
public class EditorCategoryResource {

    private final EditorCategoryService categories;

    EditorCategoryResource(EditorCategoryService categories) {
        this.categories = categories;
    }

    @GET
    @Operation(summary = "The site's categories in menu order")
    @APIResponse(responseCode = "200", description = "Categories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorCategory.Page.class)))
    public EditorCategory.Page list(@PathParam("site") SiteRef site) {
        return categories.list(site);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category", description = "Editors only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorCategory.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(@PathParam("site") SiteRef site, CategoryInput input, @Context UriInfo uri) {
        EditorCategory created = categories.create(site, input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, re-slug or reorder a category", description = "Editors only. A left-out slug or position stays.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorCategory.class)))
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public EditorCategory update(@PathParam("site") SiteRef site, @PathParam("slug") String slug, CategoryInput input) {
        return categories.update(site, slug, input);
    }

    @DELETE
    @Path("/{slug}")
    @Operation(summary = "Delete a category", description = "Editors only; refused while articles use it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Articles still use it")
    public Response delete(@PathParam("site") SiteRef site, @PathParam("slug") String slug) {
        categories.delete(site, slug);
        return Response.noContent().build();
    }
}
