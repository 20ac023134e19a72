package vn.portalnews.article.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleDetail;
import vn.portalnews.article.ArticleService;
import vn.portalnews.article.editor.EditorArticleService;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.LocalDates;
import vn.portalnews.site.SiteRef;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Preview links of drafts and scheduled articles: whoever may open the article in the editor may make one; the
 * link shows the article as its public page would, until it expires ({@code portal.preview.ttl}) or is revoked.
 */
@ApplicationScoped
@Transactional
public class PreviewService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EditorArticleService editorArticles;
    private final ArticleService articles;
    private final PreviewQueries queries;
    private final EditorAccess access;
    private final PreviewConfig config;
    private final Clock clock;

    PreviewService(EditorArticleService editorArticles, ArticleService articles, PreviewQueries queries, EditorAccess access,
                   PreviewConfig config, Clock clock) {
        this.editorArticles = editorArticles;
        this.articles = articles;
        this.queries = queries;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    public PreviewLink create(SiteRef site, long articleId) {
        editorArticles.openable(site, articleId); // the editor's own rule: who may open this article
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(config.ttl());
        queries.insert(hash(token), site.id(), articleId, access.current().id(), now, expires);
        return new PreviewLink(token, "/api/v1/sites/" + site.slug() + "/preview/" + token, LocalDates.local(expires, site.zone()));
    }

    public void revoke(SiteRef site, long articleId) {
        editorArticles.openable(site, articleId);
        queries.revoke(articleId, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleDetail read(SiteRef site, String token) {
        if (token == null || token.length() != 43) {
            throw gone();
        }
        long articleId = queries.article(hash(token), site.id(), clock.instant()).orElseThrow(PreviewService::gone);
        return articles.preview(site, articleId).orElseThrow(PreviewService::gone);
    }

    private static ApiProblemException gone() {
        return ApiProblemException.notFound("This preview link does not exist, has expired or was revoked; ask the editor for a new one");
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
