package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Problem details written straight to a Vert.x route, for answers given before any resource runs. */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static void respond(RoutingContext ctx, ObjectMapper mapper, ProblemType type, String detail) {
        String path = ctx.request().path();
        try {
            ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(Problem.of(type, detail, path, List.of())));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
