package vn.portalnews.category;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Reads and writes of categories. */
@ApplicationScoped
public class CategoryQueries implements PanacheRepositoryBase<Category, Long> {

    /** In the editors' order. */
    public List<Category> ofSite(long siteId) {
        return list("site.id", Sort.by("position").and("id"), siteId);
    }

    public Optional<Category> bySlug(long siteId, String slug) {
        return find("site.id = ?1 and slug = ?2", siteId, slug).firstResultOptional();
    }
}
