package vn.portalnews.common;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Tells the site's subscribers (webhooks) what changed: recorded in the caller's transaction, so a committed
 * change is always told and a rolled back one never; sent after commit. Kept by the webhook feature.
 */
public interface ContentEvents {

    /**
     * @param type    {@code article.published}, {@code category.updated}, {@code media.deleted}, …
     * @param subject what the event is about ({@code article:42}); a later event about the same subject cancels
     *                one still scheduled for later
     * @param data    the subject as subscribers see it (site, id, slug, …)
     * @param tags    the cache tags of the public answers that change (see {@link CacheTags})
     * @param urls    the public pages and API paths that change
     * @param at      when the event happens, later than now for a scheduled publication; null for now
     */
    record Event(long siteId, String type, String subject, Map<String, Object> data, Collection<String> tags,
                 Collection<String> urls, Instant at) {
    }

    void record(Event event);
}
