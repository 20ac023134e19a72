package vn.portalnews.article.feed;

import vn.portalnews.common.Feed;
import vn.portalnews.common.FeedWriter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.HttpConfig;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.util.Set;

@Path("/api/v1/sites/{site}")
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of a site or a category")
public class FeedResource {

    private static final Set<String> CONTENTS = Set.of("summary", "full");

    private final FeedService feeds;
    private final PublicResponseCache cache;
    private final HttpCaching caching;
    private final HttpConfig.Http http;

    FeedResource(FeedService feeds, PublicResponseCache cache, HttpCaching caching, HttpConfig.Http http) {
        this.feeds = feeds;
        this.cache = cache;
        this.caching = caching;
        this.http = http;
    }

    @GET
    @Path("/feed.{format: rss|atom|json}")
    @Operation(summary = "The newest articles as a feed: feed.rss (RSS 2.0), feed.atom (Atom 1.0) or feed.json (JSON Feed 1.1)",
            description = "Cover images as enclosures (JSON Feed: `image`, and attachments); `content=full` adds the body. "
                    + "Links go to the site's frontend when its article URL template is set.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = {@Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT))})
    public Response latest(@PathParam("site") SiteRef site,
                         @Parameter(schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
                         @Parameter(description = "Category slug") @QueryParam("category") String category,
                         @Parameter(schema = @Schema(enumeration = {"summary", "full"}, defaultValue = "summary")) @QueryParam("content") String content,
                         @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "50")) @QueryParam("limit") String limit,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        return render(FeedWriter.Format.of(format), site, category, content, limit,
                ifNoneMatch, uri);
    }

    private Response render(FeedWriter.Format format, SiteRef site, String category, String content, String limit,
                          String ifNoneMatch, UriInfo uri) {
        QueryParams params = new QueryParams();
        String wantedCategory = params.text("category", category, 100);
        String wantedContent = params.text("content", content, 10);
        if (wantedContent != null && !CONTENTS.contains(wantedContent)) {
            params.reject("content", "must be summary or full");
        }
        int size = params.integer("limit", limit, 1, 50, 20);
        params.validate();
        String base = http.publicBase(uri.getBaseUri());
        String self = http.selfUrl(uri);
        var request = new FeedService.FeedRequest(format, wantedCategory, "full".equals(wantedContent), size, base, self);
        String key = "feed|" + format + "|" + wantedCategory + "|" + request.full() + "|" + size + "|" + base;
        return caching.respondAs(format.contentType(), cache.getRendered(site.id(), key, () -> feeds.feed(site, request)),
                ifNoneMatch, CacheTags.site(site.slug()), wantedCategory == null ? CacheTags.list(site.slug())
                        : CacheTags.category(site.slug(), wantedCategory));
    }
}
