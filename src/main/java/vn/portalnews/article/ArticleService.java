package vn.portalnews.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.category.CategoryArticleCounts;
import vn.portalnews.category.CategoryService;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.Paging;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.ScheduledContent;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads public articles (see {@link PublicArticles}): lists, detail and related news. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService implements ScheduledContent, CategoryArticleCounts, ArticleViews {

    private final ArticleQueries queries;
    private final CategoryService categories;
    private final CursorCodec cursors;
    private final ArticleViewCounts viewCounts;
    private final PublicResponseCache counts;
    private final Clock clock;

    ArticleService(ArticleQueries queries, CategoryService categories, CursorCodec cursors, ArticleViewCounts viewCounts,
                   PublicResponseCache counts, Clock clock) {
        this.queries = queries;
        this.counts = counts;
        this.viewCounts = viewCounts;
        this.categories = categories;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** The site's public articles that pass the filter, as of now; an unknown category is a 400 on {@code category}. */
    public PublicArticles publicArticles(SiteRef site, ArticleFilter filter) {
        Long categoryId = filter.categorySlug() == null ? null : categories.requireId(site, "category", filter.categorySlug());
        return new PublicArticles(site.id(), categoryId, filter.from(), filter.to(), clock.instant());
    }

    public ArticlePage list(SiteRef site, ArticleFilter filter, Paging paging) {
        String scope = filter.scope(site.id());
        Position after = paging.cursor() == null ? null : cursors.decode("cursor", scope, paging.cursor());
        PublicArticles articles = publicArticles(site, filter);
        KeysetPage<ArticleRow> page = KeysetPage.of(queries.newest(articles, after == null ? null : after.at(),
                after == null ? null : after.id(), paging.limit() + 1, paging.offset()), paging.limit());
        String nextCursor = page.nextCursor(last -> cursors.encode(scope, new Position(last.publishedAt(), last.id())));
        List<ArticleSummary> items = page.map(row -> row.summary(site.zone()));
        if (paging.page() == null) {
            return new ArticlePage(items, nextCursor, null, null, null);
        }
        long total = counts.count(site.id(), "count|" + scope, () -> queries.count(articles));
        return new ArticlePage(items, nextCursor, paging.page(), total, paging.pages(total));
    }

    /** What a feed shows: the newest public articles of the site or of one category, with their bodies. */
    public List<ArticleQueries.PublicArticle> newestWithBodies(SiteRef site, String categorySlug, int limit) {
        return queries.newestWithBodies(publicArticles(site, new ArticleFilter(categorySlug, null, null)), limit);
    }

    /** How many public articles the site has: what a sitemap index pages. */
    public long publicCount(SiteRef site) {
        return queries.count(publicArticles(site, ArticleFilter.NONE));
    }

    /** A sitemap's page of public articles, oldest first; {@code since} only those published from then (news). */
    public List<ArticleQueries.SitemapRow> sitemapPage(SiteRef site, Instant since, long offset, int limit) {
        return queries.sitemapPage(new PublicArticles(site.id(), null, since, null, clock.instant()), offset, limit);
    }

    /** An article in any status, shaped as its public page: only for a holder of a valid preview token. */
    public Optional<ArticleDetail> preview(SiteRef site, long id) {
        return queries.findForPreview(site.id(), id).map(article -> ArticleDetail.of(article, site.zone()));
    }

    public ArticleDetail detail(SiteRef site, String slug) {
        return ArticleDetail.of(requirePublic(site, slug, clock.instant()), site.zone());
    }

    /**
     * "Các tin khác": the public articles of the same category nearest in publication time on either side,
     * topped up with the site's latest when the category has too few.
     */
    public RelatedList related(SiteRef site, String slug, int limit) {
        Instant now = clock.instant();
        ArticleQueries.PublicArticle found = requirePublic(site, slug, now);
        ArticleRow article = found.summary();
        List<ArticleRow> nearest = new ArrayList<>(
                queries.nearestInCategory(found.categoryId(), article.publishedAt(), article.id(), true, limit, now));
        nearest.addAll(queries.nearestInCategory(found.categoryId(), article.publishedAt(), article.id(), false, limit, now));
        nearest.sort(Comparator.comparing((ArticleRow row) -> Duration.between(row.publishedAt(), article.publishedAt()).abs())
                .thenComparing(ArticleRow::id, Comparator.reverseOrder()));
        Map<Long, ArticleRow> chosen = new LinkedHashMap<>();
        nearest.stream().limit(limit).forEach(row -> chosen.put(row.id(), row));
        if (chosen.size() < limit) {
            queries.newest(new PublicArticles(site.id(), null, null, null, now), null, null, limit + chosen.size() + 1, 0)
                    .stream()
                    .filter(row -> row.id() != article.id() && !chosen.containsKey(row.id()))
                    .limit(limit - chosen.size())
                    .forEach(row -> chosen.put(row.id(), row));
        }
        return new RelatedList(chosen.values().stream().map(row -> row.summary(site.zone())).toList());
    }

    /** Summaries of these articles by id; those not public (any more) are left out. */
    public Map<Long, ArticleSummary> publicSummaries(SiteRef site, List<Long> ids) {
        Map<Long, ArticleSummary> byId = new LinkedHashMap<>();
        queries.publicByIds(ids, clock.instant()).forEach(row -> byId.put(row.id(), row.summary(site.zone())));
        return byId;
    }

    @Override
    public Optional<Instant> nextPublicationAfter(long siteId, Instant now) {
        return queries.nextPublicationAfter(siteId, now);
    }

    @Override
    public Map<Long, Long> publicArticlesByCategory(List<Long> categoryIds) {
        return queries.countByCategory(categoryIds, clock.instant());
    }

    @Override
    public boolean hasArticles(long categoryId) {
        return queries.anyInCategory(categoryId);
    }

    @Override
    public Map<SiteSlug, ArticleId> publicArticles(Collection<SiteSlug> slugs, Instant now) {
        return slugs.isEmpty() ? Map.of() : queries.publicBySlug(slugs, now);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void addViews(Map<Long, Long> viewsByArticle) {
        if (!viewsByArticle.isEmpty()) {
            viewCounts.mergeAfterCommit(queries.addViews(viewsByArticle.keySet().toArray(Long[]::new),
                    viewsByArticle.values().toArray(Long[]::new)));
        }
    }

    @Override
    public List<Map.Entry<Long, Long>> mostViewed(long siteId, int limit, Instant now) {
        return queries.mostViewed(siteId, limit, now);
    }

    private ArticleQueries.PublicArticle requirePublic(SiteRef site, String slug, Instant now) {
        return queries.findPublic(site.id(), slug, now).orElseThrow(() -> movedOrMissing(site, slug, now));
    }

    /** A former slug of a public article redirects to its current one; anything else is missing. */
    private RuntimeException movedOrMissing(SiteRef site, String slug, Instant now) {
        return queries.currentSlug(site.id(), slug, now)
                .<RuntimeException>map(ArticleMovedException::new)
                .orElseGet(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no public article '" + slug + "'"));
    }
}
