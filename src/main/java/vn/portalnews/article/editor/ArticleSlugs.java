package vn.portalnews.article.editor;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.Slugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Article slugs: unique per site, generated from Vietnamese titles or given and checked; old ones redirect. */
@ApplicationScoped
public class ArticleSlugs {

    public static final int MAX_LENGTH = 200;
    /** Paths of the public API that sit where an article slug would: /articles/popular. */
    private static final Set<String> RESERVED = Set.of("popular");
    private static final int CANDIDATES_PER_QUERY = 20;

    private final EditorArticleQueries queries;

    ArticleSlugs(EditorArticleQueries queries) {
        this.queries = queries;
    }

    /** A free slug for this title: the title's own, or it with -2, -3, … appended. */
    String generate(long siteId, String title) {
        String base = Slugs.of(title, MAX_LENGTH - 6);
        if (base.isEmpty()) {
            base = "bai-viet";
        }
        for (int start = 1; ; start += CANDIDATES_PER_QUERY) {
            List<String> candidates = new ArrayList<>();
            for (int n = start; n < start + CANDIDATES_PER_QUERY; n++) {
                candidates.add(n == 1 ? base : base + "-" + n);
            }
            Set<String> taken = new HashSet<>(taken(siteId, candidates));
            for (String candidate : candidates) {
                if (!taken.contains(candidate) && !RESERVED.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    /** An explicit, well-formed slug (validated with the input): not reserved, and not another article's. */
    void checkExplicit(long siteId, String slug, Long articleId) {
        if (RESERVED.contains(slug)) {
            throw ApiProblemException.invalid("slug", "'" + slug + "' is reserved by the public API");
        }
        Optional<Long> owner = queries.articleWithSlug(siteId, slug);
        if (owner.isPresent() && !owner.get().equals(articleId)) {
            throw ApiProblemException.conflict("Another article of this site has the slug '" + slug + "'");
        }
    }

    /** After a slug change: the old slug redirects here, and the new one no longer redirects anywhere. */
    void moved(long siteId, long articleId, String oldSlug, String newSlug) {
        claimed(siteId, newSlug);
        queries.redirect(siteId, oldSlug, articleId);
    }

    /** A slug now in use by an article stops redirecting to any other. */
    void claimed(long siteId, String slug) {
        queries.removeRedirect(siteId, slug);
    }

    private List<String> taken(long siteId, List<String> candidates) {
        return queries.slugsTaken(siteId, candidates);
    }
}
