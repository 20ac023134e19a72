package vn.portalnews.document;

import jakarta.ws.rs.BeanParam;
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
import vn.portalnews.common.PageParameters;
import vn.portalnews.common.Paging;
import vn.portalnews.common.PathIds;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/sites/{site}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Official documents (\"Văn bản\"): plans, decisions, resolutions… with their files")
public class DocumentResource {

    private final DocumentService documents;
    private final DocumentTermService terms;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    DocumentResource(DocumentService documents, DocumentTermService terms, PublicResponseCache cache, HttpCaching caching) {
        this.documents = documents;
        this.terms = terms;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "List published documents, newest issued first",
            description = "Filters combine. With q, a number and symbol written any common way finds that document first, "
                    + "then others whose number starts so or whose summary or text has the words. Keyset paging with "
                    + "cursor, or numbered pages with page (adds page, totalItems, totalPages).")
    @APIResponse(responseCode = "200", description = "One page of documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPage.class)))
    public Response list(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                         @BeanParam PageParameters pages, @BeanParam DocumentFilterParameters filters,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        Paging paging = pages.paging(params);
        DocumentService.Criteria criteria = filters.criteria(params);
        params.validate();
        DocumentFilter filter = documents.filter(site, criteria);
        return caching.respond(cache.get(site.id(), "documents|" + filter.cacheKey() + "|" + paging.cacheKey(),
                () -> documents.list(site, filter, paging)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.documents(site.slug()));
    }

    @GET
    @Path("/facets")
    @Operation(summary = "Counts by type, issuing body, field and year, for a filter sidebar",
            description = "Takes the list's filters; each dimension is counted with the others applied and its own "
                    + "left out, so its counts are what the list would hold after choosing that value.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentFacets.class)))
    public Response facets(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                           @BeanParam DocumentFilterParameters filters,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        DocumentService.Criteria criteria = filters.criteria(params);
        params.validate();
        DocumentFilter filter = documents.filter(site, criteria);
        return caching.respond(cache.get(site.id(), "document-facets|" + filter.cacheKey(),
                () -> documents.facets(site, filter)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.documents(site.slug()));
    }

    @GET
    @Path("/terms")
    @Operation(summary = "The site's document types, issuing bodies and fields, in order", description = "Every one, "
            + "documents or not; the facets count only those in use.")
    @APIResponse(responseCode = "200", description = "The terms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentTerms.class)))
    public Response terms(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return caching.respond(cache.get(site.id(), "document-terms", () -> terms.list(site)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.documents(site.slug()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published document", description = "With its files, what replaced it, what it replaced, and "
            + "the public articles related to it or referring to its number.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDetail.class)))
    public Response get(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                        @Parameter(description = "Document id", example = "17") @PathParam("id") String id,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        long documentId = PathIds.of(id, "document");
        return caching.respond(cache.get(site.id(), "document|" + documentId + "|" + documents.today(site),
                () -> documents.detail(site, documentId)), ifNoneMatch, CacheTags.site(site.slug()));
    }
}
