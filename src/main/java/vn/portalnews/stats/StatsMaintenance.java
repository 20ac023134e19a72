package vn.portalnews.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The statistics' housekeeping writes: daily salts and the deletion of rows no rule needs any more. Each call
 * is a short transaction of its own, whoever calls (the flusher's thread, or a hit whose salt is not loaded).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class StatsMaintenance {

    /** Held by the one instance deleting expired rows; the others skip that round. */
    static final long DELETION_LOCK = 0x5354415453L; // "STATS"

    private final StatsQueries queries;

    StatsMaintenance(StatsQueries queries) {
        this.queries = queries;
    }

    /** The first instance to store a salt for the day wins; every instance then reads that one. */
    byte[] salt(long siteId, LocalDate day, byte[] candidate) {
        queries.insertSalt(siteId, day, candidate);
        return queries.salt(siteId, day);
    }

    /**
     * @param oldestSaltDay   per site, the first day whose salt is kept
     * @param sessionsBefore  sessions last seen earlier go (a session row also tells "new visitor of the day", so
     *                        it is kept until its salt is gone)
     * @param windowsBefore   view windows last counted earlier go
     */
    void deleteExpired(Map<Long, LocalDate> oldestSaltDay, Instant sessionsBefore, Instant windowsBefore) {
        if (!queries.tryLockForTransaction(DELETION_LOCK)) {
            return; // another instance is deleting the same rows right now
        }
        oldestSaltDay.forEach(queries::deleteSaltsBefore);
        queries.deleteSessionsBefore(sessionsBefore);
        queries.deleteViewWindowsBefore(windowsBefore);
    }
}
