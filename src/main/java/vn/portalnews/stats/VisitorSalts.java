package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One random salt per site and local day, shared by all instances through the database so that they agree
 * on who a visitor is. At local midnight the salt changes, and yesterday's visitors can no longer be
 * recognized, by anyone; salts older than yesterday are deleted.
 */
@ApplicationScoped
public class VisitorSalts {

    private record Key(long siteId, LocalDate day) {
    }

    private final StatsMaintenance store;
    private final Map<Key, byte[]> salts = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    VisitorSalts(StatsMaintenance store) {
        this.store = store;
    }

    /** The flusher prepares today's and tomorrow's salts, so a hit finds them in memory. */
    public byte[] saltFor(long siteId, LocalDate day) {
        return salts.computeIfAbsent(new Key(siteId, day), key -> {
            byte[] candidate = new byte[32];
            random.nextBytes(candidate);
            return store.salt(key.siteId(), key.day(), candidate);
        });
    }

    /** Today's and tomorrow's salts in memory; older ones forgotten. */
    public void prepare(long siteId, LocalDate today) {
        saltFor(siteId, today);
        saltFor(siteId, today.plusDays(1));
        salts.keySet().removeIf(key -> key.siteId() == siteId && key.day().isBefore(today.minusDays(1)));
    }
}
