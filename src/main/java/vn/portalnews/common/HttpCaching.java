package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
    private final String cdnCacheControl;
    private final String recentCdnCacheControl;
    private final String tagHeader;
    private final String tagSeparator;
    /** The request a page's Link header points from; none in unit tests. */
    private final Instance<CurrentVertxRequest> request;

    HttpCaching(ObjectMapper mapper, LiveNumbers liveNumbers, HttpConfig.Http config, HttpConfig.Cdn cdn,
                HttpConfig.Cache cache, Instance<CurrentVertxRequest> request) {
        this.mapper = mapper;
        this.request = request;
        this.liveNumbers = liveNumbers;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
        this.cdnCacheControl = "public, max-age=" + cdn.maxAge().toSeconds()
                + ", stale-while-revalidate=" + cdn.staleWhileRevalidate().toSeconds()
                + ", stale-if-error=" + cdn.staleIfError().toSeconds();
        this.recentCdnCacheControl = "public, max-age=" + Math.max(1, cache.recentMaxAge().toSeconds())
                + ", stale-if-error=" + cdn.staleIfError().toSeconds();
        this.tagHeader = cdn.tagHeader();
        this.tagSeparator = "cache-tag".equalsIgnoreCase(cdn.tagHeader()) ? "," : " ";
    }

    /** Cache-Control of public responses: short, so a change reaches readers within max-age. */
    public String cacheControl() {
        return cacheControl;
    }

    /**
     * The answer with its current live numbers, or 304 when the client has it. {@code tags} name what the address
     * shows ({@link CacheTags}); the answer adds the articles it lists.
     */
    public Response respond(RenderedJson rendered, String ifNoneMatch, String... tags) {
        return respond(rendered, ifNoneMatch, cdnCacheControl, tags, MediaType.APPLICATION_JSON_TYPE);
    }

    /** An answer that changes with every hit ({@link PublicResponseCache#recent}): a CDN keeps it as briefly as we do. */
    public Response respondRecent(RenderedJson rendered, String ifNoneMatch, String... tags) {
        return respond(rendered, ifNoneMatch, recentCdnCacheControl, tags, MediaType.APPLICATION_JSON_TYPE);
    }

    /** An answer that is not JSON (a feed, a sitemap): the same caching, its own type. */
    public Response respondAs(String contentType, RenderedJson rendered, String ifNoneMatch, String... tags) {
        return respond(rendered, ifNoneMatch, cdnCacheControl, tags, MediaType.valueOf(contentType));
    }

    private Response respond(RenderedJson rendered, String ifNoneMatch, String cdnCacheControl, String[] tags, MediaType type) {
        RenderedJson json = rendered.live(liveNumbers);
        Response.ResponseBuilder builder = matches(ifNoneMatch, json.etag())
                ? Response.notModified()
                : Response.ok(json.body(), type);
        builder.header("ETag", json.etag()).header("Cache-Control", cacheControl)
                .header("CDN-Cache-Control", cdnCacheControl)
                .header(tagHeader, tagValue(tags, json.tags()));
        if (json.page() != null && request != null && request.get().getCurrent() != null) {
            var current = request.get().getCurrent().request();
            PageLinks.header(current.path(), current.query(), json.page()).ifPresent(link -> builder.header("Link", link));
        }
        return builder.build();
    }

    private String tagValue(String[] tags, List<String> shown) {
        StringBuilder value = new StringBuilder(32 * (tags.length + shown.size()));
        for (String tag : tags) {
            value.append(value.isEmpty() ? "" : tagSeparator).append(tag);
        }
        for (String tag : shown) {
            value.append(value.isEmpty() ? "" : tagSeparator).append(tag);
        }
        return value.toString();
    }

    /** The JSON bytes, where their live numbers sit, and the strong ETag. */
    public RenderedJson render(Object value) {
        return render(value, FieldSelection.ALL);
    }

    /** As {@link #render(Object)}, with only the selected properties of the records {@code fields} applies to. */
    public RenderedJson render(Object value, FieldSelection fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        List<RenderedJson.Hole> holes = new ArrayList<>();
        LiveNumber.Positions positions = (generator, number) -> {
            generator.flush();
            int end = out.size();
            holes.add(new RenderedJson.Hole(end - Long.toString(number.value()).length(), end, number.key(), number.value()));
        };
        try {
            mapper.writer(fields.filters()).withAttribute(LiveNumber.POSITIONS, positions).writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not render a response", e);
        }
        return RenderedJson.of(out.toByteArray(), holes, value instanceof Tagged tagged ? tagged.cacheTags() : List.of(),
                value instanceof Paged paged ? paged.pageState() : null);
    }

    /** RFC 9110 §13.1.2: weak comparison, a list of tags or "*". */
    public static boolean matches(String ifNoneMatch, String etag) {
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
