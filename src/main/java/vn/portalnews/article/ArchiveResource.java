package vn.portalnews.article;

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

@Path("/api/v1/sites/{site}/archive")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArchiveResource {

    private final ArchiveService archive;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    ArchiveResource(ArchiveService archive, PublicResponseCache cache, HttpCaching caching) {
        this.archive = archive;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "Calendar of days with news (\"Xem tin theo ngày\")",
            description = "Without parameters: years with public articles. With `year`: its months. With `year` and "
                    + "`month`: its days. Counted in the site's time zone; use a day with the article list's `date` filter.")
    @APIResponse(responseCode = "200", description = "Periods that have public articles, with counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Archive.class)))
    public Response archive(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                            @Parameter(description = "Year", example = "2021", schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9999"))
                            @QueryParam("year") String year,
                            @Parameter(description = "Month 1 to 12; needs year", example = "10", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12"))
                            @QueryParam("month") String month,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        Integer y = params.integer("year", year, QueryParams.MIN_YEAR, QueryParams.MAX_YEAR, null);
        Integer m = params.integer("month", month, 1, 12, null);
        if (month != null && year == null) {
            params.reject("year", "is required with month");
        }
        params.validate();
        return caching.respond(cache.get(site.id(), "archive|" + y + "|" + m, () -> y == null
                ? archive.years(site)
                : m == null ? archive.months(site, y) : archive.days(site, y, m)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.archive(site.slug()));
    }
}
