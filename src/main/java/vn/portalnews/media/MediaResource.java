package vn.portalnews.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.PathIds;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.util.Set;

@Path("/api/v1/editor/sites/{site}/media")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Editor media", description = "The media library: photos and files for articles and albums")
public class MediaResource {

    private static final Set<String> DESCRIBABLE = Set.of("alt", "caption", "credit");

    /** The upload form, as the contract shows it. */
    @Schema(name = "MediaUploadForm")
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "JPEG, PNG, WebP or GIF (first frame) image; PDF, DOCX, XLSX, ODT, ODS or ZIP file. "
                        + "The type is read from the bytes.")
        public String file;
        @Schema(description = "Text alternative (required before an article uses the image)", maxLength = 1000)
        public String alt;
        @Schema(maxLength = 2000)
        public String caption;
        @Schema(maxLength = 300)
        public String credit;
    }

    private final MediaService media;

    MediaResource(MediaService media) {
        this.media = media;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a photo or a file", description = "multipart/form-data with `file` and optional alt, "
            + "caption, credit. Images are turned upright, stripped of EXIF/GPS and stored with WebP and JPEG variants "
            + "at the allowed widths (never enlarged).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaItem.class)))
    @APIResponse(responseCode = "413", description = "Over the size limit of its kind, the pixel limit, or the site's quota")
    @APIResponse(responseCode = "415", description = "Not an accepted type (judged by its bytes)")
    @APIResponse(responseCode = "503", description = "Storage unavailable or every decoder busy; see Retry-After")
    public Response upload(@PathParam("site") SiteRef site, @RestForm("file") FileUpload file, @RestForm("alt") String alt,
                           @RestForm("caption") String caption, @RestForm("credit") String credit, @Context UriInfo uri) {
        if (file == null) {
            throw ApiProblemException.invalid("file", "is required: send the photo or file as the form part 'file'");
        }
        MediaItem created = media.upload(site, new MediaUpload(file.uploadedFile(), file.fileName(), alt, caption, credit));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(tag(created)).entity(created).build();
    }

    @GET
    @Operation(summary = "The library, newest first", description = "Keyset paging with `cursor`; `q` matches the name, "
            + "alt, caption and credit, accents optional.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaPage.class)))
    public MediaPage list(@PathParam("site") SiteRef site,
                          @Parameter(schema = @Schema(enumeration = {"IMAGE", "FILE"})) @QueryParam("kind") String kind,
                          @Parameter(description = "Text in the name, alt, caption or credit") @QueryParam("q") String q,
                          @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "30"))
                          @QueryParam("limit") String limit,
                          @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        String wantedKind = params.oneOf("kind", kind, java.util.List.of("IMAGE", "FILE"));
        MediaKind parsedKind = wantedKind == null ? null : MediaKind.valueOf(wantedKind);
        String text = params.text("q", q, 200);
        if (text != null && text.strip().length() < 2) {
            params.reject("q", "needs at least 2 characters");
        }
        var filter = new MediaService.ListFilter(parsedKind, text == null ? null : text.strip(),
                params.integer("limit", limit, 1, 100, 30), params.text("cursor", cursor, 200));
        params.validate();
        return media.list(site, filter);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One medium")
    @APIResponse(responseCode = "200", description = "The medium",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaItem.class)))
    public Response get(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        MediaItem item = media.get(site, PathIds.of(id, "medium"));
        return Response.ok(item).tag(tag(item)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change alt text, caption or credit", description = "A JSON merge patch of alt, caption and "
            + "credit; null clears one. Articles and albums showing the medium are refreshed. If-Match is checked when sent.")
    @RequestBody(content = {@Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = MediaText.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaText.class))})
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaItem.class)))
    @APIResponse(responseCode = "412", description = "The medium changed since that ETag")
    public Response describe(@PathParam("site") SiteRef site, @PathParam("id") String id,
                             @Parameter(description = "The medium's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             JsonNode patch) {
        long mediaId = PathIds.of(id, "medium");
        if (!(patch instanceof ObjectNode fields)) {
            throw ApiProblemException.invalid("body", "must be a JSON object with alt, caption or credit");
        }
        fields.fieldNames().forEachRemaining(field -> {
            if (!DESCRIBABLE.contains(field)) {
                throw ApiProblemException.invalid(field, "cannot be changed; alt, caption and credit can");
            }
            JsonNode value = fields.get(field);
            if (!value.isNull() && !value.isTextual()) {
                throw ApiProblemException.invalid(field, "must be a string or null");
            }
        });
        MediaItem item = media.describe(site, mediaId, ifMatch, value(fields, "alt"), value(fields, "caption"),
                value(fields, "credit"));
        return Response.ok(item).tag(tag(item)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a medium", description = "Editors only. Refused (409, naming the users) while an "
            + "article or album uses it. If-Match is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted, bytes included")
    @APIResponse(responseCode = "409", description = "In use")
    @APIResponse(responseCode = "412", description = "The medium changed since that ETag")
    public Response delete(@PathParam("site") SiteRef site, @PathParam("id") String id,
                           @Parameter(description = "The medium's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        media.delete(site, PathIds.of(id, "medium"), ifMatch);
        return Response.noContent().build();
    }

    /** What PATCH changes. */
    @Schema(name = "MediaText")
    public record MediaText(@Schema(nullable = true, maxLength = 1000) String alt,
                            @Schema(nullable = true, maxLength = 2000) String caption,
                            @Schema(nullable = true, maxLength = 300) String credit) {
    }

    /** Absent: unchanged (null); JSON null: cleared (""). */
    private static String value(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null ? null : value.isNull() ? "" : value.asText();
    }

    private static EntityTag tag(MediaItem item) {
        return EntityTag.valueOf(IfMatch.etag(item.version()));
    }
}
