package vn.portalnews.article.sync;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.PublicArticles;
import vn.portalnews.common.sql.NativeSql;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The change log's reads (see V13). */
@ApplicationScoped
class SyncQueries {

    /** One logged change: its position in commit order and the article it touched. */
    record Change(long xid, long seq, long articleId) {
    }

    private final NativeSql sql;

    SyncQueries(NativeSql sql) {
        this.sql = sql;
    }

    /**
     * Changes of the site after (xid, seq), of finished transactions only (older than the snapshot's xmin),
     * in commit order: one index range on (site_id, xid, seq).
     */
    List<Change> after(long siteId, long xid, long seq, int limit) {
        return sql.query("""
                        select c.xid::text::bigint as xid, c.seq, c.article_id
                        from article_changes c
                        where c.site_id = :site
                          and (c.xid, c.seq) > (cast(cast(:xid as text) as xid8), :seq)
                          and c.xid < pg_snapshot_xmin(pg_current_snapshot())
                        order by c.xid, c.seq
                        limit :limit""")
                .bind("site", siteId).bind("xid", xid).bind("seq", seq).bind("limit", limit)
                .list(row -> new Change(row.longValue("xid"), row.longValue("seq"), row.longValue("article_id")));
    }

    /** Of these articles, the public ones as lists show them. */
    List<ArticleRow> publicOf(long siteId, Collection<Long> ids, Instant now) {
        return sql.query("select " + ArticleRow.COLUMNS + " from articles a join categories c on c.id = a.category_id"
                        + " where a.site_id = :site and a.id = any(:ids) and " + PublicArticles.RULE + " order by a.id")
                .bind("site", siteId).bind("ids", ids.toArray(Long[]::new)).bind("now", now)
                .list(ArticleRow::of);
    }

    /** Scheduled articles that fell due in (from, now]: they became public without any row changing. */
    List<ArticleRow> dueBetween(long siteId, Instant from, Instant now) {
        return sql.query("select " + ArticleRow.COLUMNS + " from articles a join categories c on c.id = a.category_id"
                        + " where a.site_id = :site and " + PublicArticles.RULE + " and a.published_at > :from"
                        + " order by a.published_at, a.id limit 1000")
                .bind("site", siteId).bind("from", from).bind("now", now)
                .list(ArticleRow::of);
    }
}
