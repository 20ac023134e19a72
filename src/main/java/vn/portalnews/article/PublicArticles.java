package vn.portalnews.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The one definition of a public article, and the filters lists and search put beside it: the articles
 * (alias {@code a}) of a site that are PUBLISHED and whose publication instant has come by the service's
 * clock ({@code now}); optionally of one category, and published in {@code [from, to)}. A future publication
 * instant is a scheduled article, public exactly from that instant.
 *
 * @param categoryId null: every category
 * @param from       inclusive, null: no lower bound
 * @param to         exclusive, null: no upper bound
 */
public record PublicArticles(long siteId, Long categoryId, Instant from, Instant to, Instant now) {

    /** The rule itself in SQL, for queries that are not about one site's list (alias {@code a}, parameter {@code :now}). */
    public static final String RULE = "a.status = 'PUBLISHED' and a.published_at <= :now";
    /** The same rule in JPQL, for entity queries. */
    public static final String JPQL_RULE = "a.status = vn.portalnews.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

    /** The SQL condition on alias {@code a}; its parameters come from {@link #parameters()}. */
    public String where() {
        StringBuilder where = new StringBuilder("a.site_id = :site and ").append(RULE);
        if (categoryId != null) {
            where.append(" and a.category_id = :category");
        }
        if (from != null) {
            where.append(" and a.published_at >= :from");
        }
        if (to != null) {
            where.append(" and a.published_at < :to");
        }
        return where.toString();
    }

    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("site", siteId);
        parameters.put("now", now);
        if (categoryId != null) {
            parameters.put("category", categoryId);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        return parameters;
    }
}
