package vn.portalnews.article.editor;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.ArticleStatus;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.sql.NativeSql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The editors' reads that are not one entity: the list of a site's articles in every status, and revisions. */
@ApplicationScoped
class EditorArticleQueries {

    /** An article as the editors' list shows it. */
    record ListRow(long id, String slug, ArticleStatus status, String title, Instant publishedAt, Instant updatedAt,
                   String author, String categorySlug, String categoryName, String createdBy, Instant createdAt) {
    }

    /**
     * What the editors' list shows: every status, or one (SCHEDULED: published with a future instant); only
     * {@code ownerId}'s articles when set (authors); {@code match} a full-text query; after {@code after}.
     */
    record ListCriteria(long siteId, String status, Long ownerId, String author, Long categoryId, String match,
                        Position after, Instant now) {
    }

    record RevisionRow(int revision, Instant createdAt, String editor, String editorName, String title, String summary,
                       String body) {
    }

    private final NativeSql sql;

    EditorArticleQueries(NativeSql sql) {
        this.sql = sql;
    }

    /** Newest created first, keyed by (created_at, id): the site's index on it serves any depth. */
    List<ListRow> newestCreated(ListCriteria criteria, int limit) {
        StringBuilder where = new StringBuilder("a.site_id = :site");
        if ("SCHEDULED".equals(criteria.status())) {
            where.append(" and a.status = 'PUBLISHED' and a.published_at > :now");
        } else if (criteria.status() != null) {
            where.append(" and a.status = :status");
        }
        if (criteria.ownerId() != null) {
            where.append(" and a.created_by = :owner");
        }
        if (criteria.author() != null) {
            where.append(" and a.created_by = (select id from users where username = :author)");
        }
        if (criteria.categoryId() != null) {
            where.append(" and a.category_id = :category");
        }
        if (criteria.match() != null) {
            where.append(" and a.search_all @@ to_tsquery('vn_unaccent', :match)");
        }
        if (criteria.after() != null) {
            where.append(" and (a.created_at, a.id) < (:afterAt, :afterId)");
        }
        Position after = criteria.after();
        return sql.query("""
                        select a.id, a.slug, a.status, a.title, a.published_at, a.updated_at, a.author_name,
                               c.slug as category_slug, c.name as category_name, u.username, a.created_at
                        from articles a join categories c on c.id = a.category_id left join users u on u.id = a.created_by
                        where """ + " " + where + " order by a.created_at desc, a.id desc limit :limit")
                .bind("site", criteria.siteId()).bind("now", criteria.now()).bind("status", criteria.status())
                .bind("owner", criteria.ownerId()).bind("author", criteria.author())
                .bind("category", criteria.categoryId()).bind("match", criteria.match())
                .bind("afterAt", after == null ? null : after.at()).bind("afterId", after == null ? null : after.id())
                .bind("limit", limit)
                .list(row -> new ListRow(row.longValue("id"), row.string("slug"), ArticleStatus.valueOf(row.string("status")),
                        row.string("title"), row.instant("published_at"), row.instant("updated_at"),
                        row.string("author_name"), row.string("category_slug"), row.string("category_name"),
                        row.string("username"), row.instant("created_at")));
    }

    /** Newest first, below {@code before}. */
    List<RevisionRow> revisions(long articleId, int before, int limit) {
        return sql.query("""
                        select r.revision, r.created_at, u.username, r.editor_name, r.title, r.summary, r.body
                        from article_revisions r left join users u on u.id = r.created_by
                        where r.article_id = :article and r.revision < :before
                        order by r.revision desc limit :limit""")
                .bind("article", articleId).bind("before", before).bind("limit", limit)
                .list(row -> new RevisionRow(row.intValue("revision"), row.instant("created_at"), row.string("username"),
                        row.string("editor_name"), row.string("title"), row.string("summary"), row.string("body")));
    }

    /** One attachment of an article, in order. */
    record AttachmentRow(long mediaId, String title) {
    }

    List<AttachmentRow> attachments(long articleId) {
        return sql.query("select media_id, title from article_attachments where article_id = :article order by position")
                .bind("article", articleId).list(row -> new AttachmentRow(row.longValue("media_id"), row.string("title")));
    }

    void replaceAttachments(long articleId, List<AttachmentRow> attachments) {
        sql.query("delete from article_attachments where article_id = :article").bind("article", articleId).update();
        if (!attachments.isEmpty()) {
            sql.query("""
                            insert into article_attachments (article_id, position, media_id, title)
                            select :article, t.position, t.media_id, t.title
                            from unnest(:media, :titles) with ordinality as t(media_id, title, position)""")
                    .bind("article", articleId)
                    .bind("media", attachments.stream().map(AttachmentRow::mediaId).toArray(Long[]::new))
                    .bind("titles", attachments.stream().map(AttachmentRow::title).toArray(String[]::new))
                    .update();
        }
    }

    int lastRevision(long articleId) {
        return sql.query("select coalesce(max(revision), 0) as last from article_revisions where article_id = :article")
                .bind("article", articleId)
                .single(row -> row.intValue("last"));
    }

    Optional<Long> articleWithSlug(long siteId, String slug) {
        return sql.query("select a.id from articles a where a.site_id = :site and a.slug = :slug")
                .bind("site", siteId).bind("slug", slug)
                .first(row -> row.longValue("id"));
    }

    List<String> slugsTaken(long siteId, List<String> candidates) {
        return sql.query("select a.slug from articles a where a.site_id = :site and a.slug = any(:candidates)")
                .bind("site", siteId).bind("candidates", candidates.toArray(String[]::new))
                .list(row -> row.string("slug"));
    }

    void redirect(long siteId, String oldSlug, long articleId) {
        sql.query("""
                        insert into article_slug_redirects (site_id, old_slug, article_id) values (:site, :old, :article)
                        on conflict (site_id, old_slug) do update set article_id = excluded.article_id""")
                .bind("site", siteId).bind("old", oldSlug).bind("article", articleId)
                .update();
    }

    void removeRedirect(long siteId, String slug) {
        sql.query("delete from article_slug_redirects where site_id = :site and old_slug = :slug")
                .bind("site", siteId).bind("slug", slug)
                .update();
    }

    Optional<String> username(long userId) {
        return sql.query("select u.username from users u where u.id = :id").bind("id", userId).first(row -> row.string("username"));
    }
}
