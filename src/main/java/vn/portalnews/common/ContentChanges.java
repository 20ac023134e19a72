package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.portalnews.common.sql.ReadReplica;

import java.time.Instant;
import java.util.Collection;

/**
 * Makes an editor's change visible on this instance as soon as it commits (the database's NOTIFY reaches
 * every instance too, but asynchronously; the editor's next request must not see the old page), and at the
 * CDN in front of all of them.
 */
@ApplicationScoped
public class ContentChanges {

    private final TransactionSynchronizationRegistry transactions;
    private final PublicResponseCache cache;
    private final CdnPurges cdn;
    private final ReadReplica replica;

    ContentChanges(TransactionSynchronizationRegistry transactions, PublicResponseCache cache, CdnPurges cdn,
                   ReadReplica replica) {
        this.transactions = transactions;
        this.cache = cache;
        this.cdn = cdn;
        this.replica = replica;
    }

    /**
     * Drops the site's cached public responses once the current transaction commits, and has the CDN purge
     * {@code tags}, again at {@code scheduledAt} when the change makes something public later.
     */
    public void siteContentChanged(long siteId, Collection<String> tags, Instant scheduledAt) {
        afterCommit(() -> {
            replica.changeCommitted(); // the editor reads their own write, even from a lagging replica's instance
            cache.invalidate(siteId);
        });
        if (!tags.isEmpty()) {
            cdn.purge(tags, scheduledAt);
        }
    }

    /** Has the CDN purge {@code tags} once the current transaction commits. */
    public void purgeAtCdn(Collection<String> tags) {
        cdn.purge(tags, null);
    }

    /** Runs {@code action} once the current transaction has committed; never when it rolls back. */
    public void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
