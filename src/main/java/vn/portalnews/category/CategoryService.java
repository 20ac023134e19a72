package vn.portalnews.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.util.List;

@ApplicationScoped
public class CategoryService {

    private final EntityManager entityManager;
    private final Clock clock;

    CategoryService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Categories in the editors' order, each with its count of public articles (index-only per category). */
    public CategoryList list(SiteRef site) {
        List<CategoryView> items = entityManager.createQuery("""
                        select new vn.portalnews.category.CategoryView(c.slug, c.name,
                            (select count(a) from Article a where a.category = c
                               and a.status = vn.portalnews.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now))
                        from Category c where c.site.id = :site order by c.position, c.id""", CategoryView.class)
                .setParameter("site", site.id())
                .setParameter("now", clock.instant())
                .getResultList();
        return new CategoryList(items);
    }

    /** @param parameter the query parameter that named the category, for the error */
    public long requireId(SiteRef site, String parameter, String slug) {
        return entityManager.createQuery("select c.id from Category c where c.site.id = :site and c.slug = :slug", Long.class)
                .setParameter("site", site.id())
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiProblemException.invalid(parameter, "site '" + site.slug() + "' has no category '" + slug + "'"));
    }
}
