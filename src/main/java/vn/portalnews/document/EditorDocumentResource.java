package vn.portalnews.document;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
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

import java.util.List;

@Path("/api/v1/editor/sites/{site}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Editor documents", description = "Official documents; authors write their drafts, editors publish")
public class EditorDocumentResource {

    private final EditorDocumentService documents;

    EditorDocumentResource(EditorDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "Every document, any status, newest created first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocumentPage.class)))
    public EditorDocumentPage list(@PathParam("site") SiteRef site,
                                   @Parameter(schema = @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}))
                                   @QueryParam("status") String status,
                                   @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                                   @QueryParam("limit") String limit,
                                   @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        String state = params.oneOf("status", status, List.of("DRAFT", "PUBLISHED", "ARCHIVED"));
        int size = params.integer("limit", limit, 1, 100, 20);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return documents.list(site, state, size, after);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a document (a draft)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocument.class)))
    @APIResponse(responseCode = "409", description = "The number is used by another document of that type and year")
    public Response create(@PathParam("site") SiteRef site, DocumentInput input, @Context UriInfo uri) {
        EditorDocument created = documents.create(site, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(tag(created)).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A document in any status")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocument.class)))
    public Response get(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        EditorDocument document = documents.get(site, PathIds.of(id, "document"));
        return Response.ok(document).tag(tag(document)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a document", description = "Needs If-Match. Authors may change their own drafts only.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocument.class)))
    @APIResponse(responseCode = "409", description = "The number is used by another document of that type and year")
    @APIResponse(responseCode = "412", description = "The document changed since that ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The document's ETag", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DocumentInput input) {
        return saved(documents.replace(site, PathIds.of(id, "document"), ifMatch, input));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a document", description = "Editors only. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Published; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocument.class)))
    @APIResponse(responseCode = "412", description = "The document changed since that ETag")
    public Response publish(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The document's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return status(site, id, ifMatch, documents::publish);
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Take a document off the public side, back to a draft", description = "Editors only.")
    @APIResponse(responseCode = "200", description = "A draft again; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocument.class)))
    @APIResponse(responseCode = "412", description = "The document changed since that ETag")
    public Response unpublish(@PathParam("site") SiteRef site, @PathParam("id") String id,
                              @Parameter(description = "The document's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return status(site, id, ifMatch, documents::unpublish);
    }

    @POST
    @Path("/{id}/archive")
    @Operation(summary = "Archive a document", description = "Editors only: off the public side for good, kept with its "
            + "revisions; its number stays taken.")
    @APIResponse(responseCode = "200", description = "Archived; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorDocument.class)))
    @APIResponse(responseCode = "412", description = "The document changed since that ETag")
    public Response archive(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The document's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return status(site, id, ifMatch, documents::archive);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Saved versions of a document, newest first")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentRevisionList.class)))
    public DocumentRevisionList revisions(@PathParam("site") SiteRef site, @PathParam("id") String id,
                                          @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                                          @QueryParam("limit") String limit,
                                          @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        long document = PathIds.of(id, "document");
        QueryParams params = new QueryParams();
        int size = params.integer("limit", limit, 1, 100, 20);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return documents.revisions(site, document, size, after);
    }

    private interface StatusChange {
        EditorDocument apply(SiteRef site, long id, String ifMatch);
    }

    private static Response status(SiteRef site, String id, String ifMatch, StatusChange change) {
        return saved(change.apply(site, PathIds.of(id, "document"), ifMatch));
    }

    private static Response saved(EditorDocument document) {
        return Response.ok(document).tag(tag(document)).build();
    }

    private static EntityTag tag(EditorDocument document) {
        return EntityTag.valueOf(IfMatch.etag(document.version()));
    }
}
