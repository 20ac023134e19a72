package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Client errors the HTTP layer finds before any resource runs (a body over the size limit, a request it
 * cannot decode) get problem details like every other answer, and no error log line: the client caused them.
 * Server errors are left to the framework's handler.
 */
@ApplicationScoped
public class FrameworkFailures {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(-300).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (status < 400 || status >= 500 || ctx.response().headWritten()) {
                ctx.next();
                return;
            }
            respond(ctx, mapper, status);
        });
    }

    private static void respond(RoutingContext ctx, ObjectMapper mapper, int status) {
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 413 -> "The request body is larger than this service accepts";
            case 414 -> "The request URI is longer than this service accepts";
            case 431 -> "The request headers are larger than this service accepts";
            default -> "The request could not be read: " + type.title().toLowerCase(java.util.Locale.ROOT);
        };
        String path = ctx.request().path();
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(Problem.of(type, detail, path, List.of())));
        } catch (Exception e) {
            ctx.next();
        }
    }
}
