package vn.portalnews.purge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.CdnPurges;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Purges owed to the CDN, in the database: recorded in the editor's transaction, taken by {@link PurgeWorker}
 * in short transactions of their own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PurgeOutbox implements CdnPurges {

    /** Long enough for a send and its timeout; a worker that dies holding a purge frees it after this. */
    static final java.time.Duration LEASE = java.time.Duration.ofMinutes(1);

    private final PurgeQueries queries;
    private final PurgeConfig config;
    private final Clock clock;

    PurgeOutbox(PurgeQueries queries, PurgeConfig config, Clock clock) {
        this.queries = queries;
        this.config = config;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void purge(Collection<String> tags, Instant alsoAt) {
        if (config.url().isEmpty() || tags.isEmpty()) {
            return;
        }
        List<String> distinct = tags.stream().distinct().toList();
        Instant now = clock.instant();
        queries.insert(distinct, now);
        if (alsoAt != null && alsoAt.isAfter(now)) {
            queries.insert(distinct, alsoAt);
        }
    }

    List<PurgeQueries.DuePurge> claimDue(int limit) {
        Instant now = clock.instant();
        return queries.claim(now, now.plus(LEASE), limit);
    }

    void done(List<Long> ids) {
        queries.delete(ids);
    }

    void retryAt(List<Long> ids, Instant dueAt) {
        queries.retryAt(ids, dueAt);
    }
}
