package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;


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
        // failures the router meets before any route can match (a path it cannot decode)
        for (int status : new int[]{400, 413}) {
            router.errorHandler(status, ctx -> {
                if (!ctx.response().headWritten()) {
                    respond(ctx, mapper, status);
                }
            });
        }
    }

    static void respond(RoutingContext ctx, ObjectMapper mapper, int status) {
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        RouteProblems.respond(ctx, mapper, type, switch (status) {
            case 413 -> "The request body is larger than this service accepts";
            case 414 -> "The request URI is longer than this service accepts";
            case 431 -> "The request headers are larger than this service accepts";
            default -> "The request could not be read: " + type.title().toLowerCase(java.util.Locale.ROOT);
        });
    }
}
