package vn.portalnews.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where media bytes are kept. Keys come from {@link MediaNames#storageKey}; an object is written once and never
 * changed. Failures are {@link IOException}s: the callers answer 503, the storage being a dependency.
 */
public interface MediaStorage {

    /** Stores {@code source}'s bytes under {@code key}; readers see all of them or nothing. */
    void put(String key, Path source, String contentType) throws IOException;

    void put(String key, byte[] bytes, String contentType) throws IOException;

    Optional<StoredObject> open(String key) throws IOException;

    /** The whole object when it has at most {@code maxBytes}; empty when it is missing or larger. */
    Optional<byte[]> readSmall(String key, long maxBytes) throws IOException;

    /** Removes the object; a missing one is not an error. */
    void delete(String key) throws IOException;

    /** One stored object, ready to be sent whole or in part. */
    interface StoredObject {
        long size();

        /** What the HTTP layer sends for bytes {@code offset} to {@code offset + length - 1}: a file region or a stream. */
        Object entity(long offset, long length) throws IOException;
    }
}
