package vn.portalnews.article.sitemap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.HttpConfig;
import vn.portalnews.common.PathIds;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/sites/{site}")
@Tag(name = "Sitemaps", description = "Sitemaps of the site's frontend pages (needs the site's article URL template)")
public class SitemapResource {

    private static final String XML = "application/xml; charset=UTF-8";

    private final SitemapService sitemaps;
    private final PublicResponseCache cache;
    private final HttpCaching caching;
    private final HttpConfig.Http http;

    SitemapResource(SitemapService sitemaps, PublicResponseCache cache, HttpCaching caching, HttpConfig.Http http) {
        this.sitemaps = sitemaps;
        this.cache = cache;
        this.caching = caching;
        this.http = http;
    }

    @GET
    @Path("/sitemap.xml")
    @Operation(summary = "Sitemap index", description = "One sitemap per 50,000 public articles, and the news sitemap.")
    @APIResponse(responseCode = "200", description = "The index",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response index(@PathParam("site") SiteRef site, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                          @Context UriInfo uri) {
        String base = http.publicBase(uri.getBaseUri());
        return caching.respondAs(XML, cache.getRendered(site.id(), "sitemap-index|" + base, () -> sitemaps.index(site, base)),
                ifNoneMatch, CacheTags.site(site.slug()), CacheTags.list(site.slug()));
    }

    @GET
    @Path("/sitemap-{page}.xml")
    @Operation(summary = "One sitemap of article pages", description = "Up to 50,000 URLs with lastmod, oldest first.")
    @APIResponse(responseCode = "200", description = "The sitemap",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response page(@PathParam("site") SiteRef site, @PathParam("page") String page,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int number = (int) PathIds.of(page, "sitemap page", 100_000);
        return caching.respondAs(XML, cache.getRendered(site.id(), "sitemap|" + number, () -> sitemaps.page(site, number)),
                ifNoneMatch, CacheTags.site(site.slug()), CacheTags.list(site.slug()));
    }

    @GET
    @Path("/news-sitemap.xml")
    @Operation(summary = "Google News sitemap", description = "The articles published in the last two days.")
    @APIResponse(responseCode = "200", description = "The sitemap",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response news(@PathParam("site") SiteRef site, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return caching.respondAs(XML, cache.getRendered(site.id(), "news-sitemap|" + sitemaps.newsHour(),
                () -> sitemaps.news(site)),
                ifNoneMatch, CacheTags.site(site.slug()), CacheTags.list(site.slug()));
    }
}
