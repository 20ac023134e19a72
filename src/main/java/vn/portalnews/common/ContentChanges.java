package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Makes an editor's change visible on this instance as soon as it commits. The database's NOTIFY reaches
 * every instance too, but asynchronously; the editor's next request must not see the old page.
 */
@ApplicationScoped
public class ContentChanges {

    private final TransactionSynchronizationRegistry transactions;
    private final PublicResponseCache cache;

    ContentChanges(TransactionSynchronizationRegistry transactions, PublicResponseCache cache) {
        this.transactions = transactions;
        this.cache = cache;
    }

    /** Drops the site's cached public responses once the current transaction commits. */
    public void siteContentChanged(long siteId) {
        afterCommit(() -> cache.invalidate(siteId));
    }

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
