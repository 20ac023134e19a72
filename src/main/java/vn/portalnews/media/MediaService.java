package vn.portalnews.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.portalnews.auth.Editor;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.ContentEvents;
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.ProblemType;
import vn.portalnews.common.Slugs;
import vn.portalnews.site.SiteRef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The editors' media library. An upload is checked (type from its bytes, size per kind, pixels before decoding),
 * images are processed outside any transaction, the bytes are stored under names carrying the new id and the
 * content hash, and only then is the row written, in one short transaction with the quota check; if that fails
 * the stored bytes are removed again. A deletion removes the row first and the bytes after commit.
 */
@ApplicationScoped
@Transactional // reads say SUPPORTS; the upload manages its own
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    private static final int MAX_ALT = 1000;
    private static final int MAX_CAPTION = 2000;
    private static final int MAX_CREDIT = 300;

    /** Filters of the library. */
    public record ListFilter(MediaKind kind, String q, int limit, String cursor) {
    }

    private final MediaQueries queries;
    private final MediaStorage storage;
    private final MediaConfig config;
    private final EditorAccess access;
    private final CursorCodec cursors;
    private final ContentChanges changes;
    private final ContentEvents events;
    private final MediaMemory memory;
    private final Clock clock;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final ImageProcessor images;
    private final Semaphore decoders;

    MediaService(MediaQueries queries, MediaStorage storage, MediaConfig config, EditorAccess access, CursorCodec cursors,
                 ContentChanges changes, ContentEvents events, MediaMemory memory, Clock clock) {
        this.queries = queries;
        this.storage = storage;
        this.config = config;
        this.access = access;
        this.cursors = cursors;
        this.changes = changes;
        this.events = events;
        this.memory = memory;
        this.clock = clock;
        this.images = new ImageProcessor(new ImageProcessor.Settings(config.maxPixels(), config.widths(),
                config.jpegQuality() / 100f, config.webpQuality() / 100f));
        this.decoders = new Semaphore(Math.max(1, config.maxConcurrentProcessing()), true);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MediaItem upload(SiteRef site, MediaUpload upload) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        return store(site, upload, editor.id());
    }

    /** A trusted import (the demo content): the same checks and processing as an upload, without a caller. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MediaItem importFile(SiteRef site, MediaUpload upload) {
        return store(site, upload, null);
    }

    private MediaItem store(SiteRef site, MediaUpload upload, Long createdBy) {
        String alt = text("alt", upload.alt(), MAX_ALT);
        String caption = text("caption", upload.caption(), MAX_CAPTION);
        String credit = text("credit", upload.credit(), MAX_CREDIT);
        Path file = upload.file();
        long size = size(file);
        if (size == 0) {
            throw ApiProblemException.invalid("file", "is empty");
        }
        String detected = io(() -> sniffer.detect(file));
        ContentSniffer.Sniffed type = sniffer.accepted(detected).orElseThrow(() -> new ApiProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is " + detected + " (judged by its bytes, not its name); accepted are "
                + ContentSniffer.acceptedLabels(), List.of()));
        long limit = (type.kind() == MediaKind.IMAGE ? config.maxImageBytes() : config.maxFileBytes()).asLongValue();
        if (size > limit) {
            throw tooLarge("A " + type.label() + " upload is at most " + limit + " bytes; this one is " + size);
        }
        Stored stored = type.kind() == MediaKind.IMAGE ? Stored.of(process(file, type.mime()))
                : new Stored(type.mime(), type.extension(), io(() -> hash(file)), size, size, null, null, "[]", null);
        String originalName = originalName(upload.fileName(), type.extension());
        long quota = config.siteQuota().asLongValue();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long used = queries.used(site.id());
            if (used + stored.totalBytes() > quota) {
                throw quotaExceeded(site, used, stored.totalBytes(), quota); // before a byte is written
            }
            return queries.nextId();
        });
        List<String> names = new ArrayList<>();
        try {
            String name = MediaNames.original(id, stored.hash(), stored.extension());
            if (stored.processed() == null) {
                io(() -> storage.put(MediaNames.storageKey(name), file, stored.mime()));
                names.add(name);
            } else {
                names.add(put(name, stored.processed().original()));
                for (ImageProcessor.Encoded variant : stored.processed().variants()) {
                    names.add(put(MediaNames.variant(id, stored.hash(), variant.width(), variant.format()), variant));
                }
            }
            var media = new MediaQueries.NewMedia(site.id(), type.kind(), stored.mime(),
                    asciiName(originalName, stored.extension()), originalName, stored.hash(), stored.extension(),
                    stored.bytes(), stored.totalBytes(), stored.width(), stored.height(), alt, caption, credit,
                    stored.variants(), clock.instant().truncatedTo(ChronoUnit.MICROS), createdBy);
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!queries.reserve(site.id(), stored.totalBytes(), quota)) {
                    throw quotaExceeded(site, queries.used(site.id()), stored.totalBytes(), quota);
                }
                queries.insert(id, media);
                MediaQueries.MediaRow row = queries.find(site.id(), id).orElseThrow();
                told(site, "media.created", row, List.of());
                return MediaViews.item(row, site.zone());
            });
        } catch (RuntimeException failed) {
            remove(names); // nothing half-written: no row, so no stored bytes either
            throw failed;
        }
    }

    /**
     * What an upload is stored as: a file as uploaded, or an image's re-encoded original (its format may differ
     * from the upload's: a GIF becomes a PNG) with its variants. bytes is the original's, totalBytes what the
     * quota counts.
     */
    private record Stored(String mime, String extension, String hash, long bytes, long totalBytes, Integer width,
                          Integer height, String variants, ImageProcessor.Processed processed) {

        static Stored of(ImageProcessor.Processed processed) {
            ImageProcessor.Encoded original = processed.original();
            return new Stored(mimeOf(original.format()), MediaNames.extension(original.format()), MediaService.hash(original.bytes()),
                    original.bytes().length, processed.storedBytes(), original.width(), original.height(),
                    MediaViews.variantsJson(processed.variants()), processed);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaPage list(SiteRef site, ListFilter filter) {
        access.require(site, SiteRole.AUTHOR);
        String scope = "media|" + site.id() + "|" + filter.kind() + "|" + filter.q();
        Position after = filter.cursor() == null ? null : cursors.decode("cursor", scope, filter.cursor());
        KeysetPage<MediaQueries.MediaRow> page = KeysetPage.of(queries.newest(site.id(), filter.kind(), filter.q(), after,
                filter.limit() + 1), filter.limit());
        return new MediaPage(page.map(row -> MediaViews.item(row, site.zone())),
                page.nextCursor(last -> cursors.encode(scope, new Position(last.createdAt(), last.id()))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaItem get(SiteRef site, long id) {
        access.require(site, SiteRole.AUTHOR);
        return MediaViews.item(find(site, id), site.zone());
    }

    /** Changes alt, caption and credit (null leaves one as it is); articles and albums showing it are refreshed. */
    public MediaItem describe(SiteRef site, long id, String ifMatch, String alt, String caption, String credit) {
        access.require(site, SiteRole.AUTHOR);
        MediaQueries.MediaRow row = queries.lock(site.id(), id).orElseThrow(() -> notFound(id));
        IfMatch.check(ifMatch, row.version(), false, "medium");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        queries.updateText(id, row.version(), alt == null ? row.alt() : text("alt", alt, MAX_ALT),
                caption == null ? row.caption() : text("caption", caption, MAX_CAPTION),
                credit == null ? row.credit() : text("credit", credit, MAX_CREDIT), now);
        Set<String> tags = new LinkedHashSet<>();
        for (MediaQueries.Use use : queries.uses(id, 10_000)) {
            tags.add(MediaLibrary.UserKind.of(use.kind()).tag(use.id()));
        }
        changes.siteContentChanged(site.id(), tags, null);
        MediaQueries.MediaRow changed = queries.find(site.id(), id).orElseThrow();
        told(site, "media.updated", changed, tags);
        return MediaViews.item(changed, site.zone());
    }

    /** Deletes a medium nothing uses; its bytes go once the deletion has committed. */
    public void delete(SiteRef site, long id, String ifMatch) {
        access.require(site, SiteRole.EDITOR);
        MediaQueries.MediaRow row = queries.lock(site.id(), id).orElseThrow(() -> notFound(id));
        IfMatch.check(ifMatch, row.version(), false, "medium");
        List<MediaQueries.Use> uses = queries.uses(id, 20);
        if (!uses.isEmpty()) {
            throw ApiProblemException.conflict("Medium " + id + " is in use by " + String.join(", ",
                    uses.stream().map(use -> use.kind() + " " + use.id() + " (" + use.label() + ")").toList())
                    + "; remove it there first");
        }
        queries.delete(id);
        queries.release(site.id(), row.storedBytes());
        List<String> names = MediaViews.storedNames(row);
        told(site, "media.deleted", row, List.of());
        changes.afterCommit(() -> {
            memory.forget(names);
            remove(names);
        });
    }

    /** @param tags the cache tags of the articles and albums showing the medium */
    private void told(SiteRef site, String event, MediaQueries.MediaRow row, Collection<String> tags) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", site.slug());
        data.put("id", row.id());
        data.put("kind", row.kind().name());
        data.put("url", MediaNames.url(row.name()));
        data.put("alt", row.alt());
        events.record(new ContentEvents.Event(site.id(), event, "media:" + row.id(), data, tags,
                List.of(MediaNames.url(row.name())), null));
    }

    private MediaQueries.MediaRow find(SiteRef site, long id) {
        return queries.find(site.id(), id).orElseThrow(() -> notFound(id));
    }

    private ImageProcessor.Processed process(Path file, String mime) {
        boolean acquired;
        try {
            acquired = decoders.tryAcquire(config.processingWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw ApiProblemException.unavailable("Every image decoder is busy; send the upload again shortly", 5);
        }
        try {
            return images.process(file, mime);
        } catch (ImageProcessor.Rejected rejected) {
            if (rejected.tooLarge()) {
                throw tooLarge("The image is too large: " + rejected.getMessage());
            }
            throw ApiProblemException.invalid("file", rejected.getMessage());
        } catch (IOException | RuntimeException failed) {
            // an encoder refusing these pixels (a WebP taller than 16,383, say) is about the upload, not the service
            LOG.infof("An upload's image could not be processed: %s", failed.toString());
            throw ApiProblemException.invalid("file", "the image cannot be processed: its pixels could not be encoded again");
        } finally {
            decoders.release();
        }
    }

    /** @return the name it is stored under */
    private String put(String name, ImageProcessor.Encoded encoded) {
        io(() -> storage.put(MediaNames.storageKey(name), encoded.bytes(), mimeOf(encoded.format())));
        return name;
    }

    private void remove(List<String> names) {
        for (String name : names) {
            try {
                storage.delete(MediaNames.storageKey(name));
            } catch (IOException | RuntimeException failed) {
                // unreferenced bytes: nothing serves them by a known name; they only take space
                LOG.warnf("Media object %s could not be removed: %s", name, failed.getMessage());
            }
        }
    }

    private static String mimeOf(String format) {
        return "image/" + format;
    }

    private static ApiProblemException notFound(long id) {
        return ApiProblemException.notFound("There is no medium " + id + " on this site");
    }

    private static ApiProblemException tooLarge(String detail) {
        return new ApiProblemException(ProblemType.CONTENT_TOO_LARGE, detail, List.of());
    }

    private static ApiProblemException quotaExceeded(SiteRef site, long used, long adding, long quota) {
        return tooLarge("Site '" + site.slug() + "' stores " + used + " of its " + quota + " bytes; this upload needs "
                + adding + " more. Delete unused media or ask for a larger quota");
    }

    /** Stored as given without surrounding whitespace; control characters refused. */
    static String text(String param, String value, int max) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.length() > max) {
            throw ApiProblemException.invalid(param, "is at most " + max + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw ApiProblemException.invalid(param, "contains control characters");
        }
        return text;
    }

    /** The name as uploaded, without any folder part or control characters; the type's extension when it has none. */
    static String originalName(String uploaded, String extension) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "upload." + extension;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** An ASCII file name for URLs and downloads: "Quyết định 12.PDF" → "quyet-dinh-12.pdf", with the detected type's extension. */
    static String asciiName(String originalName, String extension) {
        int dot = originalName.lastIndexOf('.');
        String base = Slugs.of(dot > 0 ? originalName.substring(0, dot) : originalName, 80);
        return (base.isEmpty() ? "file" : base) + "." + extension;
    }

    private static long size(Path file) {
        return io(() -> Files.size(file));
    }

    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 16);
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private interface IoRun {
        void run() throws IOException;
    }

    /** Storage is a dependency: when it fails, the answer is 503 with Retry-After, and nothing is recorded. */
    private static <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException failed) {
            LOG.warnf("Media storage failed: %s", failed.getMessage());
            throw ApiProblemException.unavailable("Media storage is not available; try again shortly", 5);
        }
    }

    private static void io(IoRun run) {
        io(() -> {
            run.run();
            return null;
        });
    }
}
