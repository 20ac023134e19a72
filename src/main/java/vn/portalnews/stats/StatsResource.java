package vn.portalnews.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.ClientAddresses;
import vn.portalnews.common.QueryParams;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.site.SiteRef;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

@Path("/api/v1/sites/{site}")
@Tag(name = "Statistics", description = "Visit counter (\"Thống kê truy cập\") and article views (\"Lượt xem\")")
public class StatsResource {

    private static final int MAX_DAYS = 366;

    private final HitCollector hits;
    private final StatsService stats;
    private final ObjectMapper mapper;
    private final RequestValidation validation;
    private final HttpCaching caching;
    private final PublicResponseCache cache;
    private final Clock clock;
    private final ClientAddresses clientAddresses;

    StatsResource(HitCollector hits, StatsService stats, ObjectMapper mapper, RequestValidation validation,
                  HttpCaching caching, PublicResponseCache cache, Clock clock, ClientAddresses clientAddresses) {
        this.cache = cache;
        this.hits = hits;
        this.stats = stats;
        this.mapper = mapper;
        this.validation = validation;
        this.caching = caching;
        this.clock = clock;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @Path("/hits")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Report a page view",
            description = "Answers 202 at once; the hit is counted in memory and written within a second. Also accepts "
                    + "text/plain with a JSON body, as navigator.sendBeacon sends. Bots are accepted but not counted. "
                    + "No IP address or User-Agent is stored. Fields other than `article` are ignored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HitRequest.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                    description = "The same JSON object as text, as navigator.sendBeacon sends it"))})
    @APIResponse(responseCode = "202", description = "Accepted: it will be counted")
    @APIResponse(responseCode = "411", description = "No Content-Length")
    @APIResponse(responseCode = "413", description = "Larger than portal.stats.max-hit-bytes")
    @APIResponse(responseCode = "429", description = "Too many new visitors from this address; see Retry-After")
    @APIResponse(responseCode = "503", description = "Hits cannot be written at the moment and are not accepted; see Retry-After")
    public Response hit(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                        @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
                        @Context HttpServerRequest request,
                        String body) throws IOException {
        HitRequest hit = body == null || body.isBlank() ? null : mapper.readValue(body, HitRequest.class);
        validation.check("body", hit);
        hits.record(site, clientAddresses.of(request), userAgent, hit.article());
        return Response.accepted().build();
    }

    @GET
    @Path("/stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Visit counter", description = "Online now, and visits today, yesterday, this week (Monday first), "
            + "this month, this year and in total, in the site's calendar.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitStats.class)))
    public Response summary(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return caching.respondRecent(cache.recent(site.id(), "stats", () -> stats.summary(site)), ifNoneMatch,
                CacheTags.site(site.slug()));
    }

    @GET
    @Path("/stats/daily")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Visits per day", description = "Every local day from `from` to `to` (at most 366), days without traffic included.")
    @APIResponse(responseCode = "200", description = "One entry per day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DailyStats.class)))
    public Response daily(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                          @Parameter(description = "First local day, YYYY-MM-DD (default: 29 days before to)", schema = @Schema(type = SchemaType.STRING, format = "date"))
                          @QueryParam("from") String from,
                          @Parameter(description = "Last local day, YYYY-MM-DD (default: today)", schema = @Schema(type = SchemaType.STRING, format = "date"))
                          @QueryParam("to") String to,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams params = new QueryParams();
        LocalDate last = params.date("to", to);
        LocalDate first = params.date("from", from);
        params.validate();
        if (last == null) {
            last = clock.instant().atZone(site.zone()).toLocalDate();
        }
        if (first == null) {
            first = last.minusDays(29);
        }
        if (first.isAfter(last)) {
            params.reject("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            params.reject("from", "at most " + MAX_DAYS + " days can be asked at once");
        }
        params.validate();
        LocalDate firstDay = first;
        LocalDate lastDay = last;
        return caching.respondRecent(cache.recent(site.id(), "daily|" + first + "|" + last,
                () -> stats.daily(site, firstDay, lastDay)), ifNoneMatch, CacheTags.site(site.slug()));
    }
}
