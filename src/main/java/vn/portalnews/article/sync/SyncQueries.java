package vn.portalnews.article.sync;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.PublicArticles;
import vn.portalnews.common.sql.NativeSql;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** What change sync reads of articles (the log itself is read by {@link vn.portalnews.common.sql.ChangeLogs}). */
@ApplicationScoped
class SyncQueries {

    private final NativeSql sql;

    SyncQueries(NativeSql sql) {
        this.sql = sql;
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
