package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;


/** Requests no route claims would otherwise get Vert.x's plain-text 404; they get problem details too. */
@ApplicationScoped
public class UnmatchedRouteHandler {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE).handler(ctx ->
                RouteProblems.respond(ctx, mapper, ProblemType.NOT_FOUND, "Nothing is served at " + ctx.request().path()));
    }
}
