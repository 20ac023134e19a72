package vn.portalnews.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.portalnews.common.ProblemType;
import vn.portalnews.common.RouteProblems;

/**
 * The upload route takes bodies up to the largest media limit (plus room for the form's other fields), where
 * every other route takes {@code portal.http.max-body-bytes}. The framework spools a multipart body to disk
 * before any resource runs, so a request without a bearer token is refused first: an anonymous caller cannot
 * make this instance write anything. A chunked upload (no Content-Length) is counted as it arrives and stopped
 * at {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
class MediaUploadGuard {

    /** The text fields and part headers beside the file. */
    static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    void register(@Observes Router router, MediaConfig config, ObjectMapper mapper) {
        long limit = Math.max(config.maxImageBytes().asLongValue(), config.maxFileBytes().asLongValue()) + FORM_OVERHEAD_BYTES;
        router.route(HttpMethod.POST, "/api/v1/editor/sites/:site/media").order(-500).handler(ctx -> {
            String authorization = ctx.request().getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"portal-news\"");
                RouteProblems.respond(ctx, mapper, ProblemType.UNAUTHORIZED, "Sign in and send the token as 'Authorization: Bearer …'");
                return;
            }
            ctx.put(RouteProblems.BODY_LIMIT, limit);
            ctx.next();
        });
    }
}
