package vn.portalnews.common;

import java.time.Instant;
import java.util.Collection;

/**
 * Hands the cache tags of a change to the CDN, without delaying the change: recorded in the caller's
 * transaction, sent after it commits by a worker that retries. Kept by the purge feature.
 */
public interface CdnPurges {

    /** Purge these tags once the transaction commits, and again at {@code alsoAt} when given (a scheduled publication). */
    void purge(Collection<String> tags, Instant alsoAt);
}
