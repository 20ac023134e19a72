package vn.portalnews.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What visit statistics ask of the article feature, which owns the articles, the rule of which are public and
 * their view totals. Stats never writes the articles table itself.
 *
 * <p>Adding views changes a public field ({@code viewCount}) but never the cached pages: totals live apart in
 * {@code article_counters}, and {@link ArticleViewCounts} overlays them on what is served.
 */
public interface ArticleViews {

    /** An article slug as a reader's hit names it. */
    record SiteSlug(long siteId, String slug) {
    }

    record ArticleId(long siteId, long articleId) {
    }

    /** Which of these slugs name a public article at {@code now}; the others are left out. */
    Map<SiteSlug, ArticleId> publicArticles(Collection<SiteSlug> slugs, Instant now);

    /** Adds counted views to the articles' totals, in the caller's transaction; rows in id order, so concurrent flushes cannot deadlock. */
    void addViews(Map<Long, Long> viewsByArticle);

    /** The site's public articles with the most views of all time, most first, and their totals. */
    List<Map.Entry<Long, Long>> mostViewed(long siteId, int limit, Instant now);
}
