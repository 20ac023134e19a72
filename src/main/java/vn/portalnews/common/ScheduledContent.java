package vn.portalnews.common;

import java.time.Instant;
import java.util.Optional;

/** Tells the response cache when a site's public content changes by itself: a scheduled article falls due. */
public interface ScheduledContent {

    Optional<Instant> nextPublicationAfter(long siteId, Instant now);
}
