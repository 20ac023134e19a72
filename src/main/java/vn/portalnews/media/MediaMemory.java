package vn.portalnews.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/**
 * Images kept in memory for delivery, bounded in bytes. A name never changes its bytes, so a copy never goes
 * stale; it only outlives a deletion: this instance forgets a deleted medium at once, other instances after
 * {@code portal.media.memory-cache-max-age} (and browsers and CDNs keep an immutable URL as long as they like).
 */
@ApplicationScoped
class MediaMemory {

    private final Cache<String, Buffer> images;
    private final long maxObjectBytes;

    MediaMemory(MediaConfig config) {
        this.maxObjectBytes = config.memoryCacheMaxObjectBytes().asLongValue();
        this.images = Caffeine.newBuilder()
                .maximumWeight(config.memoryCacheBytes().asLongValue())
                .weigher((String name, Buffer bytes) -> name.length() * 2 + bytes.length() + 64)
                .expireAfterWrite(config.memoryCacheMaxAge())
                .build();
    }

    Buffer get(String name) {
        return images.getIfPresent(name);
    }

    void put(String name, Buffer bytes) {
        images.put(name, bytes);
    }

    long maxObjectBytes() {
        return maxObjectBytes;
    }

    void forget(Collection<String> names) {
        images.invalidateAll(names);
    }
}
