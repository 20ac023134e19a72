package vn.portalnews.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Conditional GET for public resources: strong ETag, If-None-Match → 304, shared-cache friendly. */
@ApplicationScoped
public class HttpCaching {

    private final ObjectMapper mapper;
    private final String cacheControl;

    HttpCaching(ObjectMapper mapper, HttpConfig.Http config) {
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    /** Cache-Control of public responses: short, so a change reaches readers within max-age. */
    public String cacheControl() {
        return cacheControl;
    }

    /** For responses that change too often to keep (statistics): rendered and tagged on every request. */
    public Response respond(Object value, String ifNoneMatch) {
        return respond(render(value), ifNoneMatch);
    }

    public Response respond(RenderedJson json, String ifNoneMatch) {
        Response.ResponseBuilder builder = matches(ifNoneMatch, json.etag())
                ? Response.notModified()
                : Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE);
        return builder.header("ETag", json.etag()).header("Cache-Control", cacheControl).build();
    }

    /** The JSON bytes and the strong ETag of exactly those bytes. */
    public RenderedJson render(Object value) {
        try {
            byte[] body = mapper.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
            return new RenderedJson(body, "\"" + tag + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not render a response", e);
        }
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
