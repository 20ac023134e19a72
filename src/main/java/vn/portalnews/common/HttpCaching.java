package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Conditional GET for public resources: strong ETag, If-None-Match → 304, shared-cache friendly. */
@ApplicationScoped
public class HttpCaching {

    private final ObjectMapper mapper;
    private final LiveNumbers liveNumbers;
    private final String cacheControl;

    HttpCaching(ObjectMapper mapper, LiveNumbers liveNumbers, HttpConfig.Http config) {
        this.mapper = mapper;
        this.liveNumbers = liveNumbers;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    /** Cache-Control of public responses: short, so a change reaches readers within max-age. */
    public String cacheControl() {
        return cacheControl;
    }

    public Response respond(RenderedJson rendered, String ifNoneMatch) {
        RenderedJson json = rendered.live(liveNumbers);
        Response.ResponseBuilder builder = matches(ifNoneMatch, json.etag())
                ? Response.notModified()
                : Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE);
        return builder.header("ETag", json.etag()).header("Cache-Control", cacheControl).build();
    }

    /** The JSON bytes, where their live numbers sit, and the strong ETag. */
    public RenderedJson render(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        List<RenderedJson.Hole> holes = new ArrayList<>();
        LiveNumber.Positions positions = (generator, number) -> {
            generator.flush();
            int end = out.size();
            holes.add(new RenderedJson.Hole(end - Long.toString(number.value()).length(), end, number.key(), number.value()));
        };
        try {
            mapper.writer().withAttribute(LiveNumber.POSITIONS, positions).writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not render a response", e);
        }
        byte[] body = out.toByteArray();
        return holes.isEmpty() ? new RenderedJson(body, RenderedJson.tagOf(body)) : RenderedJson.of(body, holes);
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
