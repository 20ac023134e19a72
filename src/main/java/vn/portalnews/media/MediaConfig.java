package vn.portalnews.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Uploads, their limits, the image variants made of them, and where the bytes are kept. */
@ConfigMapping(prefix = "portal.media")
public interface MediaConfig {

    enum Storage {
        /** A directory ({@link #directory()}); writes are atomic renames. */
        FILESYSTEM,
        /** An S3-compatible bucket ({@link #s3()}). */
        S3
    }

    @WithDefault("filesystem")
    Storage storage();

    /** Where the filesystem storage keeps media; by default {@code ~/.portal-news/media}, beside the embedded database. */
    Optional<Path> directory();

    /** The largest image upload. */
    @WithDefault("20M")
    MemorySize maxImageBytes();

    /** The largest file upload (PDF, DOCX, XLSX, ODT, ODS, ZIP). */
    @WithDefault("50M")
    MemorySize maxFileBytes();

    /** Read from the image's header before any decoding: a larger image is refused (decompression bombs). */
    @WithDefault("50000000")
    long maxPixels();

    /** Images decoded at once; each may take four bytes per pixel, so this bounds the memory uploads can take. */
    @WithDefault("2")
    int maxConcurrentProcessing();

    /** How long an upload waits for a free decoder before it is answered 503 with Retry-After. */
    @WithDefault("PT30S")
    Duration processingWait();

    /** The widths of image variants, made once at upload; an image is never enlarged. No other size is ever made. */
    @WithDefault("320,640,1024,1600")
    List<Integer> widths();

    /** 1 to 100. */
    @WithDefault("82")
    int jpegQuality();

    /** 1 to 100. */
    @WithDefault("80")
    int webpQuality();

    /** Bytes a site may store, variants included. */
    @WithDefault("5G")
    MemorySize siteQuota();

    /**
     * Bytes of image variants kept in memory for delivery (their URLs are immutable, so a copy never goes stale);
     * only objects of at most {@link #memoryCacheMaxObjectBytes()} are kept.
     */
    @WithDefault("64M")
    MemorySize memoryCacheBytes();

    @WithDefault("1M")
    MemorySize memoryCacheMaxObjectBytes();

    /** How long another instance may still serve a deleted image from its memory. */
    @WithDefault("PT10M")
    Duration memoryCacheMaxAge();

    S3 s3();

    interface S3 {
        /** The S3-compatible endpoint, e.g. {@code https://s3.ap-southeast-1.amazonaws.com} or a MinIO URL. */
        Optional<URI> endpoint();

        @WithDefault("portal-news-media")
        String bucket();

        @WithDefault("us-east-1")
        String region();

        /** Secrets: give them by environment (PORTAL_MEDIA_S3_ACCESS_KEY, PORTAL_MEDIA_S3_SECRET_KEY). */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Bucket in the path, not the host name: what MinIO and most self-hosted servers expect. */
        @WithDefault("true")
        boolean pathStyle();

        @WithDefault("PT10S")
        Duration timeout();
    }
}
