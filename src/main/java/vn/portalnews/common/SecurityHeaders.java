package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The first handler of every request. It refuses a request line, headers or a declared body over their size
 * limits with problem details (the HTTP codec's own refusals, at its larger hard caps, carry no body), and sets the headers
 * every response carries, whichever handler answers it (a resource, a problem mapper, the framework):
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser never guesses another type than the one sent;</li>
 *   <li>{@code Vary: Origin, Accept-Encoding}: public answers reflect the caller's Origin in CORS headers and
 *       are gzip'ed on request, so a shared cache must keep those variants apart;</li>
 *   <li>{@code Cache-Control: no-store} on the sign-in, editor and admin routes (tokens and drafts), unless
 *       the resource said otherwise.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final String[] PRIVATE_PREFIXES = {"/api/v1/auth/", "/api/v1/editor/", "/api/v1/admin/"};

    void register(@Observes Router router, ObjectMapper mapper, HttpConfig.Http limits) {
        router.route().order(-400).handler(ctx -> {
            String path = ctx.request().path();
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Vary", vary(headers.get("Vary")));
                if (isPrivate(path) && !headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            if (requestLineLength(ctx.request()) > limits.maxRequestLine()) {
                FrameworkFailures.respond(ctx, mapper, 414);
                return;
            }
            if (headerBytes(ctx.request().headers()) > limits.maxHeaderBytes()) {
                FrameworkFailures.respond(ctx, mapper, 431);
                return;
            }
            // a body declared larger than the route's limit is refused here, with problem details, before it is
            // read. One that does not declare its length would be buffered up to the codec's cap before anything
            // could count it, so it is refused, except where a route spools bodies to disk (uploads)
            Long routeLimit = ctx.get(RouteProblems.BODY_LIMIT);
            long maxBodyBytes = routeLimit != null ? routeLimit : limits.maxBodyBytes();
            long declared = RouteProblems.declaredLength(ctx.request());
            if (declared == -1 && routeLimit == null && ctx.request().headers().contains("Transfer-Encoding")) {
                RouteProblems.respond(ctx, mapper, ProblemType.LENGTH_REQUIRED, "Send the body with a Content-Length");
                return;
            }
            if (declared > maxBodyBytes) {
                RouteProblems.respond(ctx, mapper, ProblemType.CONTENT_TOO_LARGE,
                        "The request body is larger than this route accepts (" + maxBodyBytes + " bytes)");
                return;
            }
            ctx.next();
        });
    }

    /** As the codec counts it: method, space, URI, space, version. */
    static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }

    /** Header bytes as they came: name, ": ", value, CRLF for each. */
    static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (var header : headers) {
            bytes += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        return bytes;
    }

    static boolean isPrivate(String path) {
        for (String prefix : PRIVATE_PREFIXES) {
            if (path != null && path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Origin and Accept-Encoding added to whatever Vary already names. */
    static String vary(String existing) {
        StringBuilder vary = new StringBuilder(existing == null || existing.isBlank() ? "" : existing.strip());
        for (String header : new String[]{"Origin", "Accept-Encoding"}) {
            if (!vary.toString().toLowerCase(java.util.Locale.ROOT).contains(header.toLowerCase(java.util.Locale.ROOT))) {
                vary.append(vary.isEmpty() ? "" : ", ").append(header);
            }
        }
        return vary.toString();
    }
}
