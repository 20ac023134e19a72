package vn.portalnews.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.portalnews.common.ProblemType;
import vn.portalnews.common.RouteProblems;


/**
 * A hit is a few dozen bytes; the service-wide body limit is sized for articles. Hits larger than
 * {@code portal.stats.max-hit-bytes} are refused by their Content-Length before a byte of the body is read,
 * and hits without a length (chunked) are refused too, since their size would only be known after reading.
 */
@ApplicationScoped
class HitBodyLimit {

    void register(@Observes Router router, StatsConfig config, ObjectMapper mapper) {
        int limit = config.maxHitBytes();
        router.route(HttpMethod.POST, "/api/v1/sites/:site/hits").order(-100).handler(ctx -> {
            long bytes = RouteProblems.declaredLength(ctx.request());
            if (bytes == -1) {
                RouteProblems.respond(ctx, mapper, ProblemType.LENGTH_REQUIRED, "Send the hit with a Content-Length");
                return;
            }
            if (bytes == -2) {
                RouteProblems.respond(ctx, mapper, ProblemType.MALFORMED_REQUEST, "Content-Length is not a number");
                return;
            }
            if (bytes > limit) {
                RouteProblems.respond(ctx, mapper, ProblemType.CONTENT_TOO_LARGE, "A hit is at most " + limit + " bytes");
                return;
            }
            ctx.next();
        });
    }
}
