package vn.portalnews.album;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.PathIds;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/editor/sites/{site}/albums")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Editor albums", description = "Photo albums; editors write, authors read")
public class EditorAlbumResource {

    private final EditorAlbumService albums;

    EditorAlbumResource(EditorAlbumService albums) {
        this.albums = albums;
    }

    @GET
    @Operation(summary = "Every album, drafts included, newest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlbumPage.class)))
    public AlbumPage list(@PathParam("site") SiteRef site,
                          @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                          @QueryParam("limit") String limit,
                          @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        int size = params.integer("limit", limit, 1, 100, 20);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return albums.list(site, size, after);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an album", description = "Editors only. Photos are library images with alt text, in order.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorAlbum.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    public Response create(@PathParam("site") SiteRef site, AlbumInput input, @Context UriInfo uri) {
        EditorAlbum created = albums.create(site, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(tag(created)).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An album with all its photos")
    @APIResponse(responseCode = "200", description = "The album",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorAlbum.class)))
    public Response get(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        EditorAlbum album = albums.get(site, PathIds.of(id, "album"));
        return Response.ok(album).tag(tag(album)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an album", description = "Editors only; photos in the new order. A left-out slug stays. "
            + "If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorAlbum.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    @APIResponse(responseCode = "412", description = "The album changed since that ETag")
    public Response replace(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The album's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            AlbumInput input) {
        EditorAlbum album = albums.replace(site, PathIds.of(id, "album"), ifMatch, input);
        return Response.ok(album).tag(tag(album)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an album", description = "Editors only; its photos stay in the library.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "The album changed since that ETag")
    public Response delete(@PathParam("site") SiteRef site, @PathParam("id") String id,
                           @Parameter(description = "The album's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        albums.delete(site, PathIds.of(id, "album"), ifMatch);
        return Response.noContent().build();
    }

    private static EntityTag tag(EditorAlbum album) {
        return EntityTag.valueOf(IfMatch.etag(album.version()));
    }
}
