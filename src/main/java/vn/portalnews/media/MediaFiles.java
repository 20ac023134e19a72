package vn.portalnews.media;

import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.portalnews.common.ApiProblemException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Public reading of stored media by name: no lookup for images (the name says everything), one for a download's name. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MediaFiles {

    private static final Logger LOG = Logger.getLogger(MediaFiles.class);
    private static final Map<String, String> TYPES = Map.of(
            "jpg", "image/jpeg", "png", "image/png", "webp", "image/webp", "gif", "image/gif",
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "zip", "application/zip");

    /** A stored medium ready to send; disposition is the Content-Disposition header. */
    public record Found(MediaNames.Parsed name, String etag, String contentType, String disposition,
                        MediaStorage.StoredObject object) {
    }

    private final MediaStorage storage;
    private final MediaQueries queries;

    MediaFiles(MediaStorage storage, MediaQueries queries) {
        this.storage = storage;
        this.queries = queries;
    }

    /** A name always means the same bytes: caches may keep them for a year without asking again. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** The headers of every delivered medium, by the resource and on the fast path ({@link MediaFastPath}). */
    static void deliveryHeaders(MultiMap headers, String contentType, String etag, String disposition) {
        headers.set("Content-Type", contentType)
                .set("ETag", etag)
                .set("Cache-Control", IMMUTABLE)
                .set("Accept-Ranges", "bytes")
                .set("Content-Disposition", disposition)
                // embeddable by a frontend on another origin; never a document that runs anything
                .set("Cross-Origin-Resource-Policy", "cross-origin")
                .set("Content-Security-Policy", "default-src 'none'; sandbox");
    }

    /** The type a stored name is served as; empty for names that are not media. */
    static Optional<String> contentType(MediaNames.Parsed name) {
        return Optional.ofNullable(TYPES.get(name.extension()));
    }

    /** The strong ETag of a name, known without opening anything (the content never changes under a name). */
    public static Optional<String> etag(String name) {
        return MediaNames.parse(name).filter(parsed -> TYPES.containsKey(parsed.extension()))
                .map(parsed -> "\"" + parsed.hash() + (parsed.width() == 0 ? "" : "-" + parsed.width()) + "\"");
    }

    public Found open(String name) {
        MediaNames.Parsed parsed = MediaNames.parse(name).filter(candidate -> TYPES.containsKey(candidate.extension()))
                .orElseThrow(() -> notFound(name));
        MediaStorage.StoredObject object;
        try {
            object = storage.open(MediaNames.storageKey(name)).orElseThrow(() -> notFound(name));
        } catch (IOException failed) {
            LOG.warnf("Media storage failed: %s", failed.getMessage());
            throw ApiProblemException.unavailable("Media storage is not available; try again shortly", 5);
        }
        String type = TYPES.get(parsed.extension());
        String disposition = "inline";
        if (!type.startsWith("image/")) {
            // a download keeps the name it was uploaded with
            String original = queries.byId(parsed.id()).map(MediaQueries.MediaRow::originalName).orElse(name);
            disposition = "attachment; filename=\"" + original.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_") + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(original, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return new Found(parsed, etag(name).orElseThrow(), type, disposition, object);
    }

    private static ApiProblemException notFound(String name) {
        return ApiProblemException.notFound("There is no medium '" + (name.length() > 80 ? name.substring(0, 80) + "…" : name) + "'");
    }
}
