package vn.portalnews.article.preview;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.sql.NativeSql;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class PreviewQueries {

    private final NativeSql sql;

    PreviewQueries(NativeSql sql) {
        this.sql = sql;
    }

    void insert(byte[] hash, long siteId, long articleId, Long createdBy, Instant now, Instant expiresAt) {
        sql.query("""
                        insert into preview_tokens (token_hash, site_id, article_id, created_by, created_at, expires_at)
                        values (:hash, :site, :article, :by, :now, :expires)""")
                .bind("hash", hash).bind("site", siteId).bind("article", articleId).bind("by", createdBy)
                .bind("now", now).bind("expires", expiresAt).update();
    }

    /** The article a live token shows; expired and revoked ones show nothing. */
    Optional<Long> article(byte[] hash, long siteId, Instant now) {
        return sql.query("select article_id from preview_tokens where token_hash = :hash and site_id = :site and expires_at > :now")
                .bind("hash", hash).bind("site", siteId).bind("now", now).first(row -> row.longValue("article_id"));
    }

    /** Revokes every preview link of the article, and forgets expired ones of any article while at it. */
    int revoke(long articleId, Instant now) {
        return sql.query("delete from preview_tokens where article_id = :article or expires_at <= :now")
                .bind("article", articleId).bind("now", now).update();
    }
}
