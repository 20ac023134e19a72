package vn.portalnews.document;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.FeedWriter;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.HttpConfig;
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
    private final DocumentFeedService feeds;
    private final DocumentSyncService sync;
    private final DocumentSitemaps sitemaps;
    private final HttpConfig.Http http;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    DocumentResource(DocumentService documents, DocumentTermService terms, DocumentFeedService feeds, DocumentSyncService sync,
                     DocumentSitemaps sitemaps, PublicResponseCache cache, HttpCaching caching, HttpConfig.Http http) {
        this.documents = documents;
        this.terms = terms;
        this.feeds = feeds;
        this.sync = sync;
        this.sitemaps = sitemaps;
        this.http = http;
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
        return caching.respond(cache.get(site.id(), "documents|" + key(site, criteria) + "|" + paging.cacheKey(),
                () -> documents.list(site, criteria, paging)), ifNoneMatch,
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
        return caching.respond(cache.get(site.id(), "document-facets|" + key(site, criteria),
                () -> documents.facets(site, criteria)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.documents(site.slug()));
    }

    @GET
    @Path("/feed.{format: rss|atom|json}")
    @Operation(summary = "The newest documents as a feed: feed.rss (RSS 2.0), feed.atom (Atom 1.0) or feed.json (JSON Feed 1.1)",
            description = "Newest issued first; files as enclosures; links to the site's document pages when its "
                    + "documentUrlTemplate is set.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = {@Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT))})
    public Response feed(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                         @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
                         @Parameter(description = "Only this type (slug)", example = "ke-hoach") @QueryParam("type") String type,
                         @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "50"))
                         @QueryParam("limit") String limit,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        String wantedType = params.text("type", type, 64);
        int size = params.integer("limit", limit, 1, 50, 20);
        params.validate();
        FeedWriter.Format feedFormat = FeedWriter.Format.of(format);
        String base = http.publicBase(uri.getBaseUri());
        var request = new DocumentFeedService.FeedRequest(feedFormat, wantedType, size, base, http.selfUrl(uri));
        return caching.respondAs(feedFormat.contentType(), cache.getRendered(site.id(),
                        "document-feed|" + feedFormat + "|" + wantedType + "|" + size + "|" + base, () -> feeds.feed(site, request)),
                ifNoneMatch, CacheTags.site(site.slug()), CacheTags.documents(site.slug()));
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Documents changed since a token", description = "Without `since`: every published document, paged "
            + "(an initial sync). Then pass `next` as `since`: the documents created or changed and the ids of those that "
            + "left the public side, in commit order, so a change saved while a sync runs is never skipped. Not cached.")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentChangePage.class)))
    public Response changes(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                            @Parameter(description = "`next` of the previous answer") @QueryParam("since") String since,
                            @Parameter(description = "Changes per page, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
                            @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        String token = params.text("since", since, 200);
        int size = params.integer("limit", limit, 1, 500, 100);
        params.validate();
        return Response.ok(sync.changes(site, token, size)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/sitemap-{page}.xml")
    @Operation(summary = "One sitemap of document pages", description = "Up to 50,000 URLs with lastmod, in id order; "
            + "listed by the site's sitemap.xml. Needs the site's documentUrlTemplate (404 saying so).")
    @APIResponse(responseCode = "200", description = "The sitemap",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response sitemap(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                            @PathParam("page") String page, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int number = (int) PathIds.of(page, "sitemap page", 100_000);
        return caching.respondAs("application/xml; charset=UTF-8", cache.getRendered(site.id(), "document-sitemap|" + number,
                () -> sitemaps.page(site, number)), ifNoneMatch, CacheTags.site(site.slug()), CacheTags.documents(site.slug()));
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

    /** The filters and the site's day: every answer says each document's legal status on it. */
    private String key(SiteRef site, DocumentService.Criteria criteria) {
        return criteria.cacheKey() + "|" + documents.today(site);
    }
}
