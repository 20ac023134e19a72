package vn.portalnews.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.FieldSelection;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.Paging;
import vn.portalnews.common.PageParameters;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.net.URI;
import java.util.Set;


@Path("/api/v1/sites/{site}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Public news of a site")
public class ArticleResource {

    private static final String ARTICLES_SEGMENT = "/articles/";
    private static final Set<String> SUMMARY_FIELDS = FieldSelection.namesOf(ArticleSummary.class);
    private static final Set<String> DETAIL_FIELDS = FieldSelection.namesOf(ArticleDetail.class);

    private final ArticleService articles;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    ArticleResource(ArticleService articles, PublicResponseCache cache, HttpCaching caching) {
        this.articles = articles;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "List public articles, newest first",
            description = "Keyset paging with `cursor` (constant cost at any depth) or numbered pages with `page` "
                    + "(adds page, totalItems and totalPages). Dates are local days of the site's zone.")
    @APIResponse(responseCode = "200", description = "One page of articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    public Response list(
            @Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
            @BeanParam PageParameters pages,
            @BeanParam ArticleFilterParameters filters,
            @Parameter(description = "Only this local day, YYYY-MM-DD; not with from/to", example = "2021-10-20", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Parameter(description = FieldSelection.DESCRIPTION, example = "id,slug,title,publishedAt") @QueryParam("fields") String fields,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        Paging paging = pages.paging(params);
        ArticleFilter filter = filters.filter(params, site.zone(), date);
        FieldSelection selected = FieldSelection.parse(params, fields, SUMMARY_FIELDS);
        params.validate();
        return caching.respond(cache.get(site.id(), filter.scope(site.id()) + "|" + paging.cacheKey(), selected,
                () -> articles.list(site, filter, paging)), ifNoneMatch, filter.cacheTags(site));
    }

    @GET
    @Path("/{slug}")
    @APIResponse(responseCode = "301", description = "A former slug: Location names the current one")
    @Operation(summary = "Get a public article", description = "The article page: summary fields and the sanitized HTML body.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response get(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                        @Parameter(description = "Article slug") @PathParam("slug") String slug,
                        @Parameter(description = FieldSelection.DESCRIPTION, example = "id,title,body") @QueryParam("fields") String fields,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        FieldSelection selected = FieldSelection.parse(params, fields, DETAIL_FIELDS);
        params.validate();
        return caching.respond(cache.get(site.id(), "article|" + slug, selected, () -> articles.detail(site, slug)), ifNoneMatch,
                CacheTags.site(site.slug()));
    }

    @GET
    @Path("/{slug}/related")
    @APIResponse(responseCode = "301", description = "A former slug: Location names the current one")
    @Operation(summary = "Other news for an article (\"Các tin khác\")",
            description = "Public articles of the same category nearest in publication time, topped up with the site's latest.")
    @APIResponse(responseCode = "200", description = "Related articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedList.class)))
    public Response related(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                            @Parameter(description = "Article slug") @PathParam("slug") String slug,
                            @Parameter(description = "How many, 1 to 20", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "5", minimum = "1", maximum = "20"))
                            @QueryParam("limit") String limit,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        int count = params.integer("limit", limit, 1, 20, 5);
        params.validate();
        return caching.respond(cache.get(site.id(), "related|" + slug + "|" + count,
                () -> articles.related(site, slug, count)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.list(site.slug()));
    }

    /** Old links keep working after an editor renames an article's slug. */
    @ServerExceptionMapper
    public Response moved(ArticleMovedException moved, UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        int start = path.indexOf(ARTICLES_SEGMENT) + ARTICLES_SEGMENT.length();
        int end = path.indexOf('/', start);
        String target = path.substring(0, start) + moved.currentSlug() + (end < 0 ? "" : path.substring(end))
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(target))
                .header(HttpHeaders.CACHE_CONTROL, caching.cacheControl()).build();
    }
}
