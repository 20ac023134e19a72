package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Conditional GET for public resources: strong ETag, If-None-Match → 304, shared-cache friendly. */
@ApplicationScoped
public class HttpCaching {

    private final String cacheControl;

    HttpCaching(PortalConfig config) {
        this.cacheControl = "public, max-age=" + config.http().maxAge().toSeconds();
    }

    public Response respond(RenderedJson json, String ifNoneMatch) {
        Response.ResponseBuilder builder = matches(ifNoneMatch, json.etag())
                ? Response.notModified()
                : Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE);
        return builder.header("ETag", json.etag()).header("Cache-Control", cacheControl).build();
    }

    /** RFC 9110 §13.1.2: weak comparison, a list of tags or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
