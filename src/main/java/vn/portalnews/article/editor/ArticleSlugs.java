package vn.portalnews.article.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.Slugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Article slugs: unique per site, generated from Vietnamese titles or given and checked; old ones redirect. */
@ApplicationScoped
public class ArticleSlugs {

    public static final int MAX_LENGTH = 200;
    /** Paths of the public API that sit where an article slug would: /articles/popular. */
    private static final Set<String> RESERVED = Set.of("popular");
    private static final int CANDIDATES_PER_QUERY = 20;

    private final EntityManager entityManager;

    ArticleSlugs(EntityManager entityManager) {
        this.entityManager = entityManager;
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
        List<Long> owners = entityManager.createQuery(
                        "select a.id from Article a where a.site.id = :site and a.slug = :slug", Long.class)
                .setParameter("site", siteId).setParameter("slug", slug).getResultList();
        if (!owners.isEmpty() && !owners.get(0).equals(articleId)) {
            throw ApiProblemException.conflict("Another article of this site has the slug '" + slug + "'");
        }
    }

    /** After a slug change: the old slug redirects here, and the new one no longer redirects anywhere. */
    void moved(long siteId, long articleId, String oldSlug, String newSlug) {
        claimed(siteId, newSlug);
        entityManager.createNativeQuery("""
                        insert into article_slug_redirects (site_id, old_slug, article_id) values (:site, :old, :article)
                        on conflict (site_id, old_slug) do update set article_id = excluded.article_id""")
                .setParameter("site", siteId).setParameter("old", oldSlug).setParameter("article", articleId)
                .executeUpdate();
    }

    /** A slug now in use by an article stops redirecting to any other. */
    void claimed(long siteId, String slug) {
        entityManager.createNativeQuery("delete from article_slug_redirects where site_id = :site and old_slug = :slug")
                .setParameter("site", siteId).setParameter("slug", slug).executeUpdate();
    }

    private List<String> taken(long siteId, List<String> candidates) {
        return entityManager.createQuery("select a.slug from Article a where a.site.id = :site and a.slug in :candidates", String.class)
                .setParameter("site", siteId).setParameter("candidates", candidates).getResultList();
    }
}
