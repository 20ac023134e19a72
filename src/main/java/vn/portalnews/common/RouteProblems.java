package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Problem details written straight to a Vert.x route, for answers given before any resource runs. */
public final class RouteProblems {

    private RouteProblems() {
    }

    /**
     * The body length a request declares: -1 without a Content-Length, -2 when it is not a decimal number,
     * {@link Long#MAX_VALUE} for one too long to hold in a long (it is over every limit anyway).
     */
    /**
     * A route that takes larger bodies than {@link HttpConfig.Http#maxBodyBytes()} (uploads) puts its own limit,
     * a Long, under this key in a handler ordered before {@link SecurityHeaders}'s.
     */
    public static final String BODY_LIMIT = "portal.body-limit";

    public static long declaredLength(io.vertx.core.http.HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        String digits = length.trim();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return -2;
        }
        return digits.length() >= 19 ? Long.MAX_VALUE : Long.parseLong(digits);
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
