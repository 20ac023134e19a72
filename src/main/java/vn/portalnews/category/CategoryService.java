package vn.portalnews.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.site.SiteRef;

import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CategoryService {

    private final CategoryQueries queries;
    /** Lazily: the article feature resolves categories through this service too. */
    private final Instance<CategoryArticleCounts> articleCounts;

    CategoryService(CategoryQueries queries, Instance<CategoryArticleCounts> articleCounts) {
        this.queries = queries;
        this.articleCounts = articleCounts;
    }

    /** Categories in the editors' order, each with its count of public articles. */
    public CategoryList list(SiteRef site) {
        List<Category> categories = queries.ofSite(site.id());
        Map<Long, Long> counts = articleCounts.get().publicArticlesByCategory(categories.stream().map(c -> c.id).toList());
        return new CategoryList(categories.stream()
                .map(c -> new CategoryView(c.slug, c.name, counts.getOrDefault(c.id, 0L)))
                .toList());
    }

    /** The category's name; an unknown one is a 400 on {@code category}. */
    public String name(SiteRef site, String slug) {
        return queries.bySlug(site.id(), slug).map(category -> category.name)
                .orElseThrow(() -> ApiProblemException.invalid("category", "site '" + site.slug() + "' has no category '" + slug + "'"));
    }

    /** @param parameter the query parameter that named the category, for the error */
    public long requireId(SiteRef site, String parameter, String slug) {
        return queries.bySlug(site.id(), slug)
                .map(category -> category.id)
                .orElseThrow(() -> ApiProblemException.invalid(parameter, "site '" + site.slug() + "' has no category '" + slug + "'"));
    }
}
