package vn.portalnews.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.category.Category;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.common.Slugs;
import vn.portalnews.site.Site;
import vn.portalnews.site.SiteRef;

import java.util.List;

/** A site's sections: editors create, rename, reorder and delete them; authors read them to file articles. */
@ApplicationScoped
@Transactional // writes; reads say SUPPORTS
public class EditorCategoryService {

    private final EntityManager entityManager;
    private final EditorAccess access;
    private final ContentChanges changes;
    private final RequestValidation validation;

    EditorCategoryService(EntityManager entityManager, EditorAccess access, ContentChanges changes, RequestValidation validation) {
        this.entityManager = entityManager;
        this.access = access;
        this.changes = changes;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorCategory.Page list(SiteRef site) {
        access.require(site, SiteRole.AUTHOR);
        return new EditorCategory.Page(entityManager.createQuery(
                        "from Category c where c.site.id = :site order by c.position, c.id", Category.class)
                .setParameter("site", site.id()).getResultStream().map(EditorCategoryService::view).toList());
    }

    public EditorCategory create(SiteRef site, CategoryInput input) {
        access.require(site, SiteRole.EDITOR);
        validation.check("body", input);
        Category category = new Category();
        category.site = entityManager.getReference(Site.class, site.id());
        category.name = input.name().strip();
        category.slug = input.slug() == null || input.slug().isBlank() ? freeSlug(site, category.name) : explicitSlug(site, input.slug(), null);
        category.position = input.position() != null ? input.position() : nextPosition(site);
        category.persist();
        entityManager.flush();
        changes.siteContentChanged(site.id());
        return view(category);
    }

    public EditorCategory update(SiteRef site, String slug, CategoryInput input) {
        access.require(site, SiteRole.EDITOR);
        Category category = require(site, slug);
        validation.check("body", input);
        category.name = input.name().strip();
        if (input.slug() != null && !input.slug().isBlank() && !input.slug().equals(category.slug)) {
            category.slug = explicitSlug(site, input.slug(), category.id);
        }
        if (input.position() != null) {
            category.position = input.position();
        }
        entityManager.flush();
        changes.siteContentChanged(site.id());
        return view(category);
    }

    /** Refused while any article, in any status, is filed under it: nothing may be left without a category. */
    public void delete(SiteRef site, String slug) {
        access.require(site, SiteRole.EDITOR);
        Category category = require(site, slug);
        boolean used = !entityManager.createQuery("select a.id from Article a where a.category.id = :category", Long.class)
                .setParameter("category", category.id).setMaxResults(1).getResultList().isEmpty();
        if (used) {
            throw ApiProblemException.conflict("Category '" + slug + "' still has articles; move or archive them first");
        }
        category.delete();
        // A concurrent article insert into this category fails the foreign key here, answered as a 409.
        entityManager.flush();
        changes.siteContentChanged(site.id());
    }

    private Category require(SiteRef site, String slug) {
        return entityManager.createQuery("from Category c where c.site.id = :site and c.slug = :slug", Category.class)
                .setParameter("site", site.id()).setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no category '" + slug + "'"));
    }

    private String explicitSlug(SiteRef site, String slug, Long categoryId) {
        List<Long> owners = entityManager.createQuery("select c.id from Category c where c.site.id = :site and c.slug = :slug", Long.class)
                .setParameter("site", site.id()).setParameter("slug", slug).getResultList();
        if (!owners.isEmpty() && !owners.get(0).equals(categoryId)) {
            throw ApiProblemException.conflict("Site '" + site.slug() + "' already has a category '" + slug + "'");
        }
        return slug;
    }

    private String freeSlug(SiteRef site, String name) {
        String base = Slugs.of(name, 90);
        if (base.isEmpty()) {
            base = "chuyen-muc";
        }
        List<String> taken = entityManager.createQuery("select c.slug from Category c where c.site.id = :site", String.class)
                .setParameter("site", site.id()).getResultList();
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private int nextPosition(SiteRef site) {
        Integer max = entityManager.createQuery("select max(c.position) from Category c where c.site.id = :site", Integer.class)
                .setParameter("site", site.id()).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private static EditorCategory view(Category category) {
        return new EditorCategory(category.slug, category.name, category.position);
    }
}
