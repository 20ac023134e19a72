package vn.portalnews.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.ContentEvents;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.common.Slugs;
import vn.portalnews.site.Site;
import vn.portalnews.site.SiteRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A site's sections: editors create, rename, reorder and delete them; authors read them to file articles. */
@ApplicationScoped
@Transactional // writes; reads say SUPPORTS
public class EditorCategoryService {

    private final EntityManager entityManager;
    private final CategoryQueries queries;
    /** Lazily: the article feature resolves categories through this feature too. */
    private final Instance<CategoryArticleCounts> articles;
    private final EditorAccess access;
    private final ContentChanges changes;
    private final ContentEvents events;
    private final RequestValidation validation;

    EditorCategoryService(EntityManager entityManager, CategoryQueries queries, Instance<CategoryArticleCounts> articles,
                          EditorAccess access, ContentChanges changes, ContentEvents events, RequestValidation validation) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.articles = articles;
        this.access = access;
        this.changes = changes;
        this.events = events;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorCategory.Page list(SiteRef site) {
        access.require(site, SiteRole.AUTHOR);
        return new EditorCategory.Page(queries.ofSite(site.id()).stream().map(EditorCategoryService::view).toList());
    }

    public EditorCategory create(SiteRef site, CategoryInput input) {
        access.require(site, SiteRole.EDITOR);
        validation.check("body", input);
        Category category = new Category();
        category.site = entityManager.getReference(Site.class, site.id());
        category.name = input.name().strip();
        category.slug = input.slug() == null || input.slug().isBlank() ? freeSlug(site, category.name) : explicitSlug(site, input.slug(), null);
        category.position = input.position() != null ? input.position() : nextPosition(site);
        queries.persistAndFlush(category);
        changed(site, "category.created", category, category.slug);
        return view(category);
    }

    public EditorCategory update(SiteRef site, String slug, CategoryInput input) {
        access.require(site, SiteRole.EDITOR);
        Category category = require(site, slug);
        String previousSlug = category.slug;
        validation.check("body", input);
        category.name = input.name().strip();
        if (input.slug() != null && !input.slug().isBlank() && !input.slug().equals(category.slug)) {
            category.slug = explicitSlug(site, input.slug(), category.id);
        }
        if (input.position() != null) {
            category.position = input.position();
        }
        queries.flush();
        changed(site, "category.updated", category, previousSlug);
        return view(category);
    }

    /** Refused while any article, in any status, is filed under it: nothing may be left without a category. */
    public void delete(SiteRef site, String slug) {
        access.require(site, SiteRole.EDITOR);
        Category category = require(site, slug);
        if (articles.get().hasArticles(category.id)) {
            throw ApiProblemException.conflict("Category '" + slug + "' still has articles; move or archive them first");
        }
        queries.delete(category);
        // A concurrent article insert into this category fails the foreign key here, answered as a 409.
        queries.flush();
        changed(site, "category.deleted", category, category.slug);
    }

    /** A category shows on every page of its site (menus, counts), so a change refreshes the whole site. */
    private void changed(SiteRef site, String event, Category category, String previousSlug) {
        List<String> tags = List.of(CacheTags.site(site.slug()));
        changes.siteContentChanged(site.id(), tags, null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", site.slug());
        data.put("slug", category.slug);
        data.put("previousSlug", previousSlug.equals(category.slug) ? null : previousSlug);
        data.put("name", category.name);
        events.record(new ContentEvents.Event(site.id(), event, "category:" + category.id, data, tags,
                List.of("/api/v1/sites/" + site.slug() + "/categories"), null));
    }

    private Category require(SiteRef site, String slug) {
        return queries.bySlug(site.id(), slug)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no category '" + slug + "'"));
    }

    private String explicitSlug(SiteRef site, String slug, Long categoryId) {
        Optional<Category> owner = queries.bySlug(site.id(), slug);
        if (owner.isPresent() && !owner.get().id.equals(categoryId)) {
            throw ApiProblemException.conflict("Site '" + site.slug() + "' already has a category '" + slug + "'");
        }
        return slug;
    }

    private String freeSlug(SiteRef site, String name) {
        String base = Slugs.of(name, 90);
        if (base.isEmpty()) {
            base = "chuyen-muc";
        }
        List<String> taken = queries.ofSite(site.id()).stream().map(category -> category.slug).toList();
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private int nextPosition(SiteRef site) {
        return queries.ofSite(site.id()).stream().mapToInt(category -> category.position + 1).max().orElse(0);
    }

    private static EditorCategory view(Category category) {
        return new EditorCategory(category.slug, category.name, category.position);
    }
}
