package vn.portalnews.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.portalnews.category.CategoryService;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.ScheduledContent;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads public articles: PUBLISHED with publishedAt at or before now. Every list walks the
 * (site|category, status, publishedAt desc, id desc) indexes in keyset order.
 */
@ApplicationScoped
public class ArticleService implements ScheduledContent {

    private static final String PUBLIC = " a.status = vn.portalnews.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now ";
    private static final String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";

    private final EntityManager entityManager;
    private final CategoryService categories;
    private final CursorCodec cursors;
    private final Clock clock;

    ArticleService(EntityManager entityManager, CategoryService categories, CursorCodec cursors, Clock clock) {
        this.entityManager = entityManager;
        this.categories = categories;
        this.cursors = cursors;
        this.clock = clock;
    }

    public ArticlePage list(SiteRef site, ArticleFilter filter, Paging paging) {
        String scope = filter.scope(site.id());
        Position after = paging.cursor() == null ? null : cursors.decode("cursor", scope, paging.cursor());
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where a.site.id = :site and").append(PUBLIC);
        parameters.put("site", site.id());
        parameters.put("now", clock.instant());
        if (filter.categorySlug() != null) {
            where.append(" and a.category.id = :category");
            parameters.put("category", categories.requireId(site, "category", filter.categorySlug()));
        }
        if (filter.from() != null) {
            where.append(" and a.publishedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and a.publishedAt < :to");
            parameters.put("to", filter.to());
        }
        String countWhere = where.toString();
        Map<String, Object> countParameters = Map.copyOf(parameters);
        if (after != null) {
            // A row-value comparison, so PostgreSQL seeks straight to the position in the index.
            where.append(" and (a.publishedAt, a.id) < (:afterAt, :afterId)");
            parameters.put("afterAt", after.publishedAt());
            parameters.put("afterId", after.id());
        }
        TypedQuery<ArticleRow> query = entityManager.createQuery(ArticleRow.SELECT + where + NEWEST_FIRST, ArticleRow.class)
                .setMaxResults(paging.limit() + 1);
        if (paging.page() != null) {
            query.setFirstResult((paging.page() - 1) * paging.limit());
        }
        parameters.forEach(query::setParameter);
        List<ArticleRow> rows = query.getResultList();

        boolean more = rows.size() > paging.limit();
        List<ArticleRow> shown = more ? rows.subList(0, paging.limit()) : rows;
        String nextCursor = more ? cursorAfter(scope, shown.get(shown.size() - 1)) : null;
        List<ArticleSummary> items = shown.stream().map(row -> ArticleSummary.of(row, site.zone())).toList();
        if (paging.page() == null) {
            return new ArticlePage(items, nextCursor, null, null, null);
        }
        var count = entityManager.createQuery("select count(a) from Article a" + countWhere, Long.class);
        countParameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        return new ArticlePage(items, nextCursor, paging.page(), total, (total + paging.limit() - 1) / paging.limit());
    }

    public ArticleDetail detail(SiteRef site, String slug) {
        return ArticleDetail.of(requirePublic(site, slug), site.zone());
    }

    /**
     * "Các tin khác": the public articles of the same category nearest in publication time on either side,
     * topped up with the site's latest when the category has too few.
     */
    public RelatedList related(SiteRef site, String slug, int limit) {
        Article article = requirePublic(site, slug);
        Instant now = clock.instant();
        String sameCategory = ArticleRow.SELECT + " where a.category.id = :category and" + PUBLIC;
        List<ArticleRow> older = entityManager.createQuery(sameCategory
                        + " and (a.publishedAt, a.id) < (:at, :id)" + NEWEST_FIRST, ArticleRow.class)
                .setParameter("category", article.category.id).setParameter("now", now)
                .setParameter("at", article.publishedAt).setParameter("id", article.id)
                .setMaxResults(limit).getResultList();
        List<ArticleRow> newer = entityManager.createQuery(sameCategory
                        + " and (a.publishedAt, a.id) > (:at, :id) order by a.publishedAt, a.id", ArticleRow.class)
                .setParameter("category", article.category.id).setParameter("now", now)
                .setParameter("at", article.publishedAt).setParameter("id", article.id)
                .setMaxResults(limit).getResultList();

        List<ArticleRow> nearest = new ArrayList<>(older);
        nearest.addAll(newer);
        nearest.sort(Comparator.comparing((ArticleRow row) -> Duration.between(row.publishedAt(), article.publishedAt).abs())
                .thenComparing(ArticleRow::id, Comparator.reverseOrder()));
        Map<Long, ArticleRow> chosen = new LinkedHashMap<>();
        nearest.stream().limit(limit).forEach(row -> chosen.put(row.id(), row));
        if (chosen.size() < limit) {
            entityManager.createQuery(ArticleRow.SELECT + " where a.site.id = :site and" + PUBLIC + " and a.id <> :id"
                            + NEWEST_FIRST, ArticleRow.class)
                    .setParameter("site", site.id()).setParameter("now", now).setParameter("id", article.id)
                    .setMaxResults(limit + chosen.size())
                    .getResultStream()
                    .filter(row -> !chosen.containsKey(row.id()))
                    .limit(limit - chosen.size())
                    .forEach(row -> chosen.put(row.id(), row));
        }
        return new RelatedList(chosen.values().stream().map(row -> ArticleSummary.of(row, site.zone())).toList());
    }

    @Override
    public Optional<Instant> nextPublicationAfter(long siteId, Instant now) {
        return Optional.ofNullable(entityManager.createQuery("""
                        select min(a.publishedAt) from Article a where a.site.id = :site
                        and a.status = vn.portalnews.article.ArticleStatus.PUBLISHED and a.publishedAt > :now""", Instant.class)
                .setParameter("site", siteId)
                .setParameter("now", now)
                .getSingleResult());
    }

    private Article requirePublic(SiteRef site, String slug) {
        return entityManager.createQuery("select a from Article a join fetch a.category where a.site.id = :site"
                        + " and a.slug = :slug and" + PUBLIC, Article.class)
                .setParameter("site", site.id())
                .setParameter("slug", slug)
                .setParameter("now", clock.instant())
                .getResultStream().findFirst()
                .orElseThrow(() -> movedOrMissing(site, slug));
    }

    /** A former slug of a public article redirects to its current one; anything else is missing. */
    private RuntimeException movedOrMissing(SiteRef site, String slug) {
        List<?> current = entityManager.createNativeQuery("""
                        select a.slug from article_slug_redirects r join articles a on a.id = r.article_id
                        where r.site_id = :site and r.old_slug = :slug and a.status = 'PUBLISHED' and a.published_at <= :now""")
                .setParameter("site", site.id())
                .setParameter("slug", slug)
                .setParameter("now", clock.instant())
                .getResultList();
        return current.isEmpty()
                ? ApiProblemException.notFound("Site '" + site.slug() + "' has no public article '" + slug + "'")
                : new ArticleMovedException((String) current.get(0));
    }

    private String cursorAfter(String scope, ArticleRow last) {
        return cursors.encode(scope, new Position(last.publishedAt(), last.id()));
    }
}
