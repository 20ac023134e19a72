package vn.portalnews.stats;

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

import java.util.Locale;

@Path("/api/v1/sites/{site}/articles/popular")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class PopularResource {

    private final StatsService stats;
    private final HttpCaching caching;
    private final PublicResponseCache cache;

    PopularResource(StatsService stats, HttpCaching caching, PublicResponseCache cache) {
        this.cache = cache;
        this.stats = stats;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "Most-viewed public articles",
            description = "By views counted today, this week (Monday first), this month, or of all time, in the site's calendar.")
    @APIResponse(responseCode = "200", description = "Articles, most viewed first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopularArticles.class)))
    public Response popular(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                            @Parameter(description = "day, week, month or all", schema = @Schema(type = SchemaType.STRING, enumeration = {"day", "week", "month", "all"}, defaultValue = "week"))
                            @QueryParam("period") String period,
                            @Parameter(description = "How many, 1 to 50", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "10", minimum = "1", maximum = "50"))
                            @QueryParam("limit") String limit,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        int count = params.integer("limit", limit, 1, 50, 10);
        StatsPeriod chosen = StatsPeriod.WEEK;
        if (period != null && !period.isEmpty()) {
            try {
                chosen = StatsPeriod.valueOf(period.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                params.reject("period", "must be one of day, week, month, all");
            }
        }
        params.validate();
        StatsPeriod asked = chosen;
        return caching.respondRecent(cache.recent(site.id(), "popular|" + asked + "|" + count,
                () -> stats.popular(site, asked, count)), ifNoneMatch, CacheTags.site(site.slug()));
    }
}
