package vn.portalnews.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the new visitors one client address can bring in a window. A visitor is a hash of the address and
 * the User-Agent, so one client rotating its User-Agent would otherwise be a new visitor, and a new visit, at
 * every hit. Generous by default: carrier-grade NAT puts thousands of Vietnamese mobile readers behind one
 * address, but not hundreds of new ones a minute on one commune's portal. A visitor already seen in the
 * window always passes. Counted per instance.
 */
final class VisitorsPerAddress {

    /** The distinct visitors of an address in the window that started at {@code start}. */
    private static final class Window {
        final Instant start;
        /** Read without the cache's lock on the fast path, so a concurrent set. */
        final Set<UUID> visitors = ConcurrentHashMap.newKeySet();

        Window(Instant start) {
            this.start = start;
        }
    }

    private final int limit;
    private final Duration window;
    private final Cache<String, Window> windows;

    /** @param rememberedVisitors visitor hashes held across all addresses at most; the least active addresses are forgotten first */
    VisitorsPerAddress(int limit, Duration window, long rememberedVisitors) {
        this.limit = limit;
        this.window = window;
        this.windows = Caffeine.newBuilder()
                .maximumWeight(rememberedVisitors)
                .weigher((String address, Window w) -> 1 + w.visitors.size()) // weighed again at every compute
                .build();
    }

    /** @return false when the visitor is new and the address has brought {@code limit} new ones in this window */
    boolean admit(String address, UUID visitor, Instant now) {
        Window known = windows.getIfPresent(address);
        if (known != null && now.isBefore(known.start.plus(window)) && known.visitors.contains(visitor)) {
            return true; // a reader already seen in this window: no write to the cache, the common case
        }
        boolean[] admitted = new boolean[1];
        windows.asMap().compute(address, (key, current) -> {
            Window w = current == null || !now.isBefore(current.start.plus(window)) ? new Window(now) : current;
            if (w.visitors.contains(visitor)) {
                admitted[0] = true;
            } else if (w.visitors.size() < limit) {
                w.visitors.add(visitor);
                admitted[0] = true;
            }
            return w;
        });
        return admitted[0];
    }
}
