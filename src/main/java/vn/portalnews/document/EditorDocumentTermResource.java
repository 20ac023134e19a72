package vn.portalnews.document;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.QueryParams;
import vn.portalnews.common.Slugs;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/editor/sites/{site}/document-terms")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Editor documents")
public class EditorDocumentTermResource {

    private final DocumentTermService terms;

    EditorDocumentTermResource(DocumentTermService terms) {
        this.terms = terms;
    }

    @GET
    @Operation(summary = "The site's document types, issuing bodies and fields")
    @APIResponse(responseCode = "200", description = "The terms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentTerms.class)))
    public DocumentTerms list(@PathParam("site") SiteRef site) {
        return terms.listForEditors(site);
    }

    @PUT
    @Path("/{kind}/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or rename a term", description = "Editors only.")
    @APIResponse(responseCode = "200", description = "All terms after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentTerms.class)))
    public DocumentTerms put(@PathParam("site") SiteRef site,
                             @Parameter(schema = @Schema(enumeration = {"type", "issuer", "field"})) @PathParam("kind") String kind,
                             @Parameter(description = "The term's slug", example = "ke-hoach") @PathParam("slug") String slug,
                             DocumentTermInput input) {
        check(kind, slug);
        return terms.put(site, kind, slug, input);
    }

    @DELETE
    @Path("/{kind}/{slug}")
    @Operation(summary = "Delete a term no document uses", description = "Editors only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Documents use it")
    public Response delete(@PathParam("site") SiteRef site,
                           @Parameter(schema = @Schema(enumeration = {"type", "issuer", "field"})) @PathParam("kind") String kind,
                           @PathParam("slug") String slug) {
        check(kind, slug);
        terms.delete(site, kind, slug);
        return Response.noContent().build();
    }

    private static void check(String kind, String slug) {
        QueryParams params = new QueryParams();
        params.oneOf("kind", kind, DocumentTermService.KINDS);
        if (slug.length() > 64 || !slug.matches(Slugs.PATTERN)) {
            params.reject("slug", Slugs.PATTERN_MESSAGE);
        }
        params.validate();
    }
}
