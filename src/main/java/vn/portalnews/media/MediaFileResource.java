package vn.portalnews.media;

import io.vertx.core.MultiMap;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.ProblemType;

import java.io.IOException;
import java.util.List;

@Path("/api/v1/media")
@Tag(name = "Media", description = "Stored photos, their variants and files; immutable URLs")
public class MediaFileResource {

    private final MediaFiles files;

    MediaFileResource(MediaFiles files) {
        this.files = files;
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "A stored image, image variant or file",
            description = "URLs come from the JSON of media, articles and albums. Immutable: cached for a year. Files "
                    + "download under their original name and answer byte ranges (resumable downloads, PDF viewers).")
    @APIResponse(responseCode = "200", description = "The bytes",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Accept-Ranges", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested byte range",
            headers = @Header(name = "Content-Range", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such medium")
    @APIResponse(responseCode = "416", description = "The range lies outside the file")
    @APIResponse(responseCode = "503", description = "Storage unavailable; see Retry-After")
    public Response get(@Parameter(example = "42-9f86d081884c7d65-640.webp") @PathParam("name") String name,
                        @Parameter(description = "One range, e.g. bytes=0-1023") @HeaderParam("Range") String range,
                        @HeaderParam("If-Range") String ifRange,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String etag = MediaFiles.etag(name).orElse(null);
        if (etag != null && ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, MediaFiles.IMMUTABLE).build();
        }
        MediaFiles.Found found = files.open(name);
        long size = found.object().size();
        ByteRange wanted = ifRange == null || ifRange.trim().equals(found.etag()) ? ByteRange.parse(range, size) : null;
        Response.ResponseBuilder response;
        try {
            if (wanted == null) {
                response = Response.ok(found.object().entity(0, size));
            } else {
                response = Response.status(Response.Status.PARTIAL_CONTENT)
                        .entity(found.object().entity(wanted.first(), wanted.length()))
                        .header("Content-Range", "bytes " + wanted.first() + "-" + wanted.last() + "/" + size);
            }
        } catch (IOException failed) {
            throw ApiProblemException.unavailable("Media storage is not available; try again shortly", 5);
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        MediaFiles.deliveryHeaders(headers, found.contentType(), found.etag(), found.disposition());
        headers.forEach(header -> response.header(header.getKey(), header.getValue()));
        return response.build();
    }

    /** One satisfiable byte range of a file of a known size (RFC 9110 §14). */
    record ByteRange(long first, long last) {

        long length() {
            return last - first + 1;
        }

        /**
         * The range asked for; null for none, for several (the whole file is the allowed answer) and for a
         * header that is not a byte range. A range beyond the end is a 416.
         */
        static ByteRange parse(String header, long size) {
            if (header == null || !header.trim().startsWith("bytes=")) {
                return null;
            }
            String spec = header.trim().substring("bytes=".length()).trim();
            if (spec.contains(",")) {
                return null;
            }
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return null;
            }
            String from = spec.substring(0, dash).trim();
            String to = spec.substring(dash + 1).trim();
            try {
                if (from.isEmpty()) { // the last n bytes
                    long suffix = Long.parseLong(to);
                    if (suffix <= 0 || size == 0) {
                        throw unsatisfiable(size);
                    }
                    return new ByteRange(Math.max(0, size - suffix), size - 1);
                }
                long first = Long.parseLong(from);
                long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
                if (first >= size || last < first) {
                    throw unsatisfiable(size);
                }
                return new ByteRange(first, last);
            } catch (NumberFormatException notNumbers) {
                return null;
            }
        }

        private static ApiProblemException unsatisfiable(long size) {
            return new ApiProblemException(ProblemType.RANGE_NOT_SATISFIABLE,
                    "The file has " + size + " bytes; ask for a range within them", List.of());
        }
    }
}
