package vn.portalnews.search;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.article.ArticleFilter;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.article.ArticleFilterParameters;
import vn.portalnews.common.Paging;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.FieldSelection;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.PageParameters;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.util.Set;

@Path("/api/v1/sites/{site}/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Accent-insensitive Vietnamese news search (\"Tìm kiếm tin tức\")")
@APIResponse(responseCode = "400", description = "Empty, too long or word-less query, or another invalid parameter")
public class SearchResource {

    private static final Set<String> HIT_FIELDS = FieldSelection.namesOf(ArticleSummary.class, "highlight");

    private final SearchService search;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    SearchResource(SearchService search, PublicResponseCache cache, HttpCaching caching) {
        this.search = search;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "Search a site's public articles",
            description = "With or without diacritics (\"cai cach hanh chinh\" finds \"cải cách hành chính\"); every word must "
                    + "occur, \"quoted text\" is a phrase. Titles weigh more than summaries, summaries more than bodies; "
                    + "words together and in order, and exact diacritics, rank higher. Ranking considers the newest "
                    + SearchService.WINDOW + " matches. When nothing matches word for word, similar titles are returned "
                    + "with approximate=true.")
    @APIResponse(responseCode = "200", description = "Matching articles, best first, with highlights",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    public Response search(
            @Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
            @Parameter(description = "What to look for, 1 to 200 characters", required = true, example = "cai cach hanh chinh")
            @QueryParam("q") String q,
            @BeanParam PageParameters pages,
            @BeanParam ArticleFilterParameters filters,
            @Parameter(description = FieldSelection.DESCRIPTION, example = "id,slug,title,highlight") @QueryParam("fields") String fields,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        Paging paging = pages.paging(params);
        ArticleFilter filter = filters.filter(params, site.zone(), null);
        FieldSelection selected = FieldSelection.parse(params, fields, HIT_FIELDS);
        params.validate();
        SearchQuery query = SearchQuery.parse("q", q);
        return caching.respond(cache.get(site.id(), "search|" + query.text() + "|" + filter.scope(site.id()) + "|"
                + paging.cacheKey(), selected, () -> search.search(site, query, filter, paging)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.search(site.slug()));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Suggest article titles as the reader types",
            description = "Titles containing every word typed, the last one as a prefix (\"cai cach hanh ch\"); similar "
                    + "titles when a word is misspelled.")
    @APIResponse(responseCode = "200", description = "Suggested titles, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Suggestion.class)))
    public Response suggest(
            @Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
            @Parameter(description = "What has been typed so far", required = true, example = "cai cach hanh ch")
            @QueryParam("q") String q,
            @Parameter(description = "How many titles, 1 to 20", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "8", minimum = "1", maximum = "20"))
            @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        int count = params.integer("limit", limit, 1, 20, 8);
        params.validate();
        SearchQuery query = SearchQuery.parse("q", q);
        return caching.respond(cache.get(site.id(), "suggest|" + query.text() + "|" + count,
                () -> search.suggest(site, query, count)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.search(site.slug()));
    }
}
