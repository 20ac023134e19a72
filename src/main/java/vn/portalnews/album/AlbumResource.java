package vn.portalnews.album;

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
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/sites/{site}/albums")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Albums", description = "\"Thư viện ảnh\": the site's photo albums")
public class AlbumResource {

    private final AlbumService albums;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    AlbumResource(AlbumService albums, PublicResponseCache cache, HttpCaching caching) {
        this.albums = albums;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "Published albums, newest first", description = "Keyset paging with `cursor`; each with its first photo as cover.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlbumPage.class)))
    public Response list(@Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
                         @Parameter(description = "Page size, 1 to 50", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "12"))
                         @QueryParam("limit") String limit,
                         @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        int size = params.integer("limit", limit, 1, 50, 12);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return caching.respond(cache.get(site.id(), "albums|" + size + "|" + after, () -> albums.albums(site, size, after, false)),
                ifNoneMatch, CacheTags.site(site.slug()), CacheTags.albums(site.slug()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "An album and a page of its photos, in order", description = "Keyset paging of the photos with `cursor`.")
    @APIResponse(responseCode = "200", description = "The album",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlbumDetail.class)))
    public Response get(@PathParam("site") SiteRef site,
                        @Parameter(example = "le-hoi-dua-ghe-2026") @PathParam("slug") String slug,
                        @Parameter(description = "Photos per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                        @QueryParam("limit") String limit,
                        @Parameter(description = "nextCursor of the previous page of photos") @QueryParam("cursor") String cursor,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        int size = params.integer("limit", limit, 1, 100, 50);
        String after = params.text("cursor", cursor, 200);
        String wanted = params.text("slug", slug, 200);
        params.validate();
        return caching.respond(cache.get(site.id(), "album|" + wanted + "|" + size + "|" + after,
                () -> albums.album(site, wanted, size, after)), ifNoneMatch, CacheTags.site(site.slug()));
    }
}
