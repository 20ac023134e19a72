package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/** Requests no route claims would otherwise get Vert.x's plain-text 404; they get problem details too. */
@ApplicationScoped
public class UnmatchedRouteHandler {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            String path = ctx.request().path();
            Problem problem = Problem.of(ProblemType.NOT_FOUND, "Nothing is served at " + path, path, List.of());
            try {
                ctx.response().setStatusCode(404)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }
}
