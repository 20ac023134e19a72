package vn.portalnews.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.sql.NativeSql;
import vn.portalnews.common.sql.Row;
import vn.portalnews.media.Attachment;
import vn.portalnews.media.MediaLibrary;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read of the article feature's public side, through {@link NativeSql} (so that they may go to a read
 * replica), and the editors' entity reads through Panache. Every list walks the (site|category, status, published_at desc, id desc) indexes in
 * keyset order.
 */
@ApplicationScoped
public class ArticleQueries implements PanacheRepositoryBase<Article, Long> {

    private static final String NEWEST_FIRST = " order by a.published_at desc, a.id desc";
    private static final String SUMMARIES = "select " + ArticleRow.COLUMNS
            + " from articles a join categories c on c.id = a.category_id where ";

    private final NativeSql sql;

    ArticleQueries(NativeSql sql) {
        this.sql = sql;
    }

    /**
     * Up to {@code limit} rows newest first, after {@code after} when given (a row-value comparison, so
     * PostgreSQL seeks straight to the position in the index), skipping {@code offset} rows.
     */
    public List<ArticleRow> newest(PublicArticles articles, Instant afterAt, Long afterId, int limit, int offset) {
        String position = afterAt == null ? "" : " and (a.published_at, a.id) < (:afterAt, :afterId)";
        return sql.query(SUMMARIES + articles.where() + position + NEWEST_FIRST + " limit :limit offset :offset")
                .bindAll(articles.parameters())
                .bind("afterAt", afterAt).bind("afterId", afterId)
                .bind("limit", limit).bind("offset", offset)
                .list(ArticleRow::of);
    }

    /** The newest {@code limit} public articles with their bodies and attachments: what a feed shows. */
    public List<PublicArticle> newestWithBodies(PublicArticles articles, int limit) {
        return sql.query(PAGES + articles.where() + NEWEST_FIRST + " limit :limit")
                .bindAll(articles.parameters()).bind("limit", limit)
                .list(PublicArticle::of);
    }

    /** An article as a sitemap lists it. */
    public record SitemapRow(long id, String slug, String title, Instant publishedAt, Instant updatedAt) {
    }

    /**
     * One page of a site's public articles in publication order, oldest first, so a page's URLs stay on it as
     * articles are added (a search engine re-reads only the last page). {@code offset} walks the site's feed
     * index: its cost grows with the page number (one index-only entry per skipped row), and answers are cached.
     */
    public List<SitemapRow> sitemapPage(PublicArticles articles, long offset, int limit) {
        return sql.query("select a.id, a.slug, a.title, a.published_at, a.updated_at from articles a where " + articles.where()
                        + " order by a.published_at, a.id limit :limit offset :offset")
                .bindAll(articles.parameters()).bind("limit", limit).bind("offset", offset)
                .list(row -> new SitemapRow(row.longValue("id"), row.string("slug"), row.string("title"),
                        row.instant("published_at"), row.instant("updated_at")));
    }

    /** Any article, in any status. */
    public boolean anyInCategory(long categoryId) {
        return sql.query("select exists (select 1 from articles a where a.category_id = :category) as used")
                .bind("category", categoryId)
                .single(row -> row.bool("used"));
    }

    /** For numbered pages only; keyset lists never count. */
    public long count(PublicArticles articles) {
        return sql.query("select count(*) as articles from articles a where " + articles.where())
                .bindAll(articles.parameters())
                .single(row -> row.longValue("articles"));
    }

    /**
     * A public article as its page shows it: the list fields, its category's id, the body, the attachments and
     * the documents it cites.
     */
    public record PublicArticle(ArticleRow summary, long categoryId, String body, List<Attachment> attachments,
                                List<CitedDocument> documents) {

        static PublicArticle of(Row row) throws SQLException {
            return new PublicArticle(ArticleRow.of(row), row.longValue("category_id"), row.string("body"),
                    MediaLibrary.attachments(row.string("attachments")), CitedDocument.list(row.string("documents")));
        }
    }

    /**
     * Articles as their pages show them, {@link PublicArticle#of} reads them; the attachments in order, as one JSON
     * array beside each row (see media_attachment_json in V11), and the cited documents likewise (the document
     * feature's article_documents_json, V16). Followed by the condition.
     */
    private static final String PAGES = "select " + ArticleRow.COLUMNS + ", a.category_id, a.body, "
            + "(select coalesce(jsonb_agg(media_attachment_json(t.media_id, t.title) order by t.position), '[]')"
            + " from article_attachments t where t.article_id = a.id)::text as attachments, "
            + "article_documents_json(a.id, a.site_id)::text as documents"
            + " from articles a join categories c on c.id = a.category_id where ";

    /** The public article with this slug. */
    public Optional<PublicArticle> findPublic(long siteId, String slug, Instant now) {
        return sql.query(PAGES + "a.site_id = :site and a.slug = :slug and " + PublicArticles.RULE)
                .bind("site", siteId).bind("slug", slug).bind("now", now)
                .first(PublicArticle::of);
    }

    /** An article of the site in any status, shaped as its public page: for a draft's preview only. */
    public Optional<PublicArticle> findForPreview(long siteId, long id) {
        return sql.query(PAGES + "a.site_id = :site and a.id = :id")
                .bind("site", siteId).bind("id", id)
                .first(PublicArticle::of);
    }

    /** Any article of the site by id, whatever its status, its category fetched (the editors' view). */
    public Optional<Article> onSite(long siteId, long id) {
        return find("select a from Article a join fetch a.category where a.id = :id and a.site.id = :site",
                Parameters.with("id", id).and("site", siteId)).firstResultOptional();
    }

    /** The current slug of a public article that once had {@code oldSlug}. */
    public Optional<String> currentSlug(long siteId, String oldSlug, Instant now) {
        return sql.query("""
                        select a.slug from article_slug_redirects r join articles a on a.id = r.article_id
                        where r.site_id = :site and r.old_slug = :slug and """ + " " + PublicArticles.RULE)
                .bind("site", siteId).bind("slug", oldSlug).bind("now", now)
                .first(row -> row.string("slug"));
    }

    /** Public articles of a category on one side of (at, id), nearest first. */
    public List<ArticleRow> nearestInCategory(long categoryId, Instant at, long id, boolean older, int limit, Instant now) {
        String side = older
                ? " and (a.published_at, a.id) < (:at, :id) order by a.published_at desc, a.id desc"
                : " and (a.published_at, a.id) > (:at, :id) order by a.published_at, a.id";
        return sql.query(SUMMARIES + "a.category_id = :category and " + PublicArticles.RULE + side + " limit :limit")
                .bind("category", categoryId).bind("at", at).bind("id", id).bind("now", now).bind("limit", limit)
                .list(ArticleRow::of);
    }

    public List<ArticleRow> publicByIds(List<Long> ids, Instant now) {
        return sql.query(SUMMARIES + "a.id = any(:ids) and " + PublicArticles.RULE)
                .bind("ids", ids.toArray(Long[]::new)).bind("now", now)
                .list(ArticleRow::of);
    }

    /** The earliest scheduled publication of the site after {@code now}: when its public content changes by itself. */
    public Optional<Instant> nextPublicationAfter(long siteId, Instant now) {
        return sql.query("""
                        select min(a.published_at) as next from articles a
                        where a.site_id = :site and a.status = 'PUBLISHED' and a.published_at > :now""")
                .bind("site", siteId).bind("now", now)
                .first(row -> row.instant("next"));
    }

    /** Public articles per local calendar bucket ({@code to_char} pattern) in {@code [from, until)}. */
    public List<Map.Entry<String, Long>> countByLocalPeriod(PublicArticles articles, String zone, String pattern) {
        // Grouping by the local calendar is only expressible in SQL; the zone and bounds stay bind parameters.
        return sql.query("select to_char(a.published_at at time zone :zone, :pattern) as bucket, count(*) as articles"
                        + " from articles a where " + articles.where() + " group by 1 order by 1")
                .bindAll(articles.parameters()).bind("zone", zone).bind("pattern", pattern)
                .list(row -> Map.entry(row.string("bucket"), row.longValue("articles")));
    }

    /** Public articles of each category: an index-only count per category. */
    public Map<Long, Long> countByCategory(List<Long> categoryIds, Instant now) {
        Map<Long, Long> counts = new HashMap<>();
        sql.query("select k.id, (select count(*) from articles a where a.category_id = k.id and " + PublicArticles.RULE
                        + ") as articles from unnest(cast(:ids as bigint[])) as k(id)")
                .bind("ids", categoryIds.toArray(Long[]::new)).bind("now", now)
                .forEach(row -> counts.put(row.longValue("id"), row.longValue("articles")));
        return counts;
    }

    Map<ArticleViews.SiteSlug, ArticleViews.ArticleId> publicBySlug(Collection<ArticleViews.SiteSlug> slugs, Instant now) {
        Map<ArticleViews.SiteSlug, ArticleViews.ArticleId> found = new HashMap<>();
        sql.query("select a.site_id, a.slug, a.id from articles a"
                        + " join unnest(cast(:sites as bigint[]), cast(:slugs as text[])) as k(site_id, slug)"
                        + " on a.site_id = k.site_id and a.slug = k.slug where " + PublicArticles.RULE)
                .bind("sites", slugs.stream().map(ArticleViews.SiteSlug::siteId).toArray(Long[]::new))
                .bind("slugs", slugs.stream().map(ArticleViews.SiteSlug::slug).toArray(String[]::new))
                .bind("now", now)
                .forEach(row -> found.put(new ArticleViews.SiteSlug(row.longValue("site_id"), row.string("slug")),
                        new ArticleViews.ArticleId(row.longValue("site_id"), row.longValue("id"))));
        return found;
    }

    /** Adds the views and returns the new totals; rows in id order, so concurrent flushes cannot deadlock. */
    Map<Long, Long> addViews(Long[] articleIds, Long[] views) {
        Map<Long, Long> totals = new HashMap<>();
        sql.query("""
                        insert into article_counters as v (article_id, site_id, view_count, counted_at)
                        select k.article_id, a.site_id, k.views, clock_timestamp()
                        from (select article_id, sum(views) as views
                              from unnest(cast(:articles as bigint[]), cast(:views as bigint[])) as u(article_id, views)
                              group by article_id) k
                        join articles a on a.id = k.article_id
                        order by k.article_id
                        on conflict (article_id) do update
                            set view_count = v.view_count + excluded.view_count, counted_at = excluded.counted_at
                        returning v.article_id, v.view_count""")
                .bind("articles", articleIds).bind("views", views)
                .forEach(row -> totals.put(row.longValue("article_id"), row.longValue("view_count")));
        return totals;
    }

    record ChangedTotals(Map<Long, Long> totals, Instant newest) {
    }

    /**
     * Totals counted since ten seconds before {@code newestSeen} (a flush that began earlier may commit later),
     * or before now when that is earlier or unknown (a clock ahead, a total stamped in the future); oldest
     * first, a bounded batch.
     */
    ChangedTotals viewTotalsChangedSince(Instant newestSeen) {
        Map<Long, Long> totals = new HashMap<>();
        Instant[] newest = new Instant[1];
        sql.query("""
                        select v.article_id, v.view_count, v.counted_at from article_counters v
                        where v.counted_at >= least(coalesce(cast(:seen as timestamptz), now()), now()) - interval '10 seconds'
                        order by v.counted_at limit 50000""")
                .bind("seen", newestSeen)
                .forEach(row -> {
                    totals.put(row.longValue("article_id"), row.longValue("view_count"));
                    newest[0] = row.instant("counted_at");
                });
        return new ChangedTotals(totals, newest[0]);
    }

    List<Map.Entry<Long, Long>> mostViewed(long siteId, int limit, Instant now) {
        return sql.query("select v.article_id, v.view_count from article_counters v join articles a on a.id = v.article_id"
                        + " where v.site_id = :site and " + PublicArticles.RULE
                        + " order by v.view_count desc, v.article_id desc limit :limit")
                .bind("site", siteId).bind("now", now).bind("limit", limit)
                .list(row -> Map.entry(row.longValue("article_id"), row.longValue("view_count")));
    }
}
