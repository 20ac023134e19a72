package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.InvalidParam;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.site.SiteRef;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The site's vocabularies of documents: editors name them, everyone reads them. */
@ApplicationScoped
@Transactional // reads say SUPPORTS
public class DocumentTermService {

    static final List<String> KINDS = List.of("type", "issuer", "field");

    private final DocumentQueries queries;
    private final EditorAccess access;
    private final ContentChanges changes;
    private final RequestValidation validation;

    DocumentTermService(DocumentQueries queries, EditorAccess access, ContentChanges changes, RequestValidation validation) {
        this.queries = queries;
        this.access = access;
        this.changes = changes;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentTerms list(SiteRef site) {
        return DocumentTerms.of(queries.terms(site.id()));
    }

    /** The same list, for the site's own people only: the editors' route answers what only they may ask. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentTerms listForEditors(SiteRef site) {
        access.require(site, SiteRole.AUTHOR);
        return list(site);
    }

    /**
     * The ids of the terms a request names ({@code slugsByKind}: "type" → "ke-hoach"; null slugs skipped), in one
     * query; each unknown one adds a problem on its kind's parameter.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> ids(SiteRef site, Map<String, String> slugsByKind, List<InvalidParam> problems) {
        Map<String, String> keys = new LinkedHashMap<>();
        slugsByKind.forEach((kind, slug) -> {
            if (slug != null) {
                keys.put(kind, kind + ":" + slug.strip());
            }
        });
        Map<String, Long> found = keys.isEmpty() ? Map.of() : queries.termIds(site.id(), keys.values());
        Map<String, Long> ids = new HashMap<>();
        keys.forEach((kind, key) -> {
            Long id = found.get(key);
            if (id == null) {
                problems.add(new InvalidParam(kind, "site '" + site.slug() + "' has no document " + kind + " '"
                        + key.substring(kind.length() + 1) + "' (see /api/v1/sites/" + site.slug() + "/documents/terms)"));
            } else {
                ids.put(kind, id);
            }
        });
        return ids;
    }

    /** Creates the term or renames it; documents show the new name at once. */
    public DocumentTerms put(SiteRef site, String kind, String slug, DocumentTermInput input) {
        access.require(site, SiteRole.EDITOR);
        validation.check("body", input);
        queries.putTerm(site.id(), kind, slug, input.name().strip(), input.position() == null ? 0 : input.position());
        changes.siteContentChanged(site.id(), List.of(CacheTags.documents(site.slug())), null);
        return list(site);
    }

    /** Only a term no document uses may go. */
    public void delete(SiteRef site, String kind, String slug) {
        access.require(site, SiteRole.EDITOR);
        long id = queries.termId(site.id(), kind, slug)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no document " + kind + " '" + slug + "'"));
        long used = queries.documentsUsing(id);
        if (used > 0) {
            throw ApiProblemException.conflict("Document " + kind + " '" + slug + "' is used by " + used
                    + " documents; change them first");
        }
        queries.deleteTerm(id);
        changes.siteContentChanged(site.id(), List.of(CacheTags.documents(site.slug())), null);
    }
}
