package vn.portalnews.category;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Reads and writes of categories. */
@ApplicationScoped
public class CategoryQueries implements PanacheRepositoryBase<Category, Long> {

    /** In the editors' order. */
    public List<Category> ofSite(long siteId) {
        return list("site.id", Sort.by("position").and("id"), siteId);
    }
}
