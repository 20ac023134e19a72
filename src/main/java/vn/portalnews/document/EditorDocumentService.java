package vn.portalnews.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.auth.Editor;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.ContentEvents;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.InvalidParam;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.ProblemType;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.media.MediaLibrary;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Editors' documents, with the article roles: authors write drafts of their own, editors write everything and
 * publish, unpublish and archive. Every save is a revision.
 */
@ApplicationScoped
@Transactional // reads say SUPPORTS
public class EditorDocumentService {

    private final EditorDocumentQueries queries;
    private final DocumentTermService terms;
    private final EditorAccess access;
    private final MediaLibrary library;
    private final ContentChanges changes;
    private final ContentEvents events;
    private final RequestValidation validation;
    private final CursorCodec cursors;
    private final ObjectMapper json;
    private final Clock clock;

    EditorDocumentService(EditorDocumentQueries queries, DocumentTermService terms, EditorAccess access, MediaLibrary library,
                          ContentChanges changes, ContentEvents events, RequestValidation validation, CursorCodec cursors,
                          ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.terms = terms;
        this.access = access;
        this.library = library;
        this.changes = changes;
        this.events = events;
        this.validation = validation;
        this.cursors = cursors;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorDocumentPage list(SiteRef site, String status, int limit, String cursor) {
        access.require(site, SiteRole.AUTHOR);
        String scope = "editor-documents|" + site.id() + "|" + status;
        Position after = cursor == null ? null : cursors.decode("cursor", scope, cursor);
        KeysetPage<EditorDocumentPage.Item> page = KeysetPage.of(queries.newest(site.id(), status, after, limit + 1, site.zone()), limit);
        return new EditorDocumentPage(page.items(), page.nextCursor(last -> cursors.encode(scope,
                new Position(last.createdAt().toInstant(), last.id()))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorDocument get(SiteRef site, long id) {
        access.require(site, SiteRole.AUTHOR);
        return view(site, find(site, id));
    }

    public EditorDocument create(SiteRef site, DocumentInput input) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        EditorDocumentQueries.Values values = check(site, input, null);
        Instant now = now();
        long id = queries.insert(site.id(), values, now, editor.id());
        saveParts(site, editor, id, input, values, now);
        changes.siteContentChanged(site.id(), List.of(), null); // a draft: nothing public to purge yet
        return view(site, find(site, id));
    }

    public EditorDocument replace(SiteRef site, long id, String ifMatch, DocumentInput input) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        queries.lock(id);
        EditorDocumentQueries.Saved before = find(site, id);
        requireCanChange(editor, site, before);
        IfMatch.check(ifMatch, before.version(), true, "document");
        EditorDocumentQueries.Values values = check(site, input, id);
        Instant now = now();
        if (!queries.update(id, before.version(), values, now)) {
            throw changedMeanwhile();
        }
        saveParts(site, editor, id, input, values, now);
        return changed(site, before, find(site, id));
    }

    public EditorDocument publish(SiteRef site, long id, String ifMatch) {
        return setStatus(site, id, ifMatch, "PUBLISHED");
    }

    public EditorDocument unpublish(SiteRef site, long id, String ifMatch) {
        return setStatus(site, id, ifMatch, "DRAFT");
    }

    /** Leaves the public side for good, keeping the row and its revisions (its number stays taken). */
    public EditorDocument archive(SiteRef site, long id, String ifMatch) {
        return setStatus(site, id, ifMatch, "ARCHIVED");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentRevisionList revisions(SiteRef site, long id, int limit, String cursor) {
        access.require(site, SiteRole.AUTHOR);
        find(site, id);
        String scope = "document-revisions|" + id;
        int before = cursor == null ? Integer.MAX_VALUE : (int) cursors.decode("cursor", scope, cursor).id();
        KeysetPage<EditorDocumentQueries.RevisionRow> page = KeysetPage.of(queries.revisions(id, before, limit + 1), limit);
        return new DocumentRevisionList(page.map(row -> new DocumentRevisionList.Item(row.revision(),
                LocalDates.local(row.createdAt(), site.zone()), row.editorName(), saved(row.content()))),
                page.nextCursor(last -> cursors.encode(scope, Position.ofId(last.revision()))));
    }

    private EditorDocument setStatus(SiteRef site, long id, String ifMatch, String status) {
        access.require(site, SiteRole.EDITOR);
        queries.lock(id);
        EditorDocumentQueries.Saved before = find(site, id);
        IfMatch.check(ifMatch, before.version(), false, "document");
        Instant now = now();
        if (!queries.setStatus(id, before.version(), status, "PUBLISHED".equals(status) ? now : null, now)) {
            throw changedMeanwhile();
        }
        return changed(site, before, find(site, id));
    }

    /** Refreshes what readers see of the document and tells subscribers, when it was or is public. */
    private EditorDocument changed(SiteRef site, EditorDocumentQueries.Saved before, EditorDocumentQueries.Saved after) {
        boolean wasPublic = "PUBLISHED".equals(before.status());
        boolean isPublic = "PUBLISHED".equals(after.status());
        if (wasPublic || isPublic) {
            Set<String> tags = new LinkedHashSet<>(List.of(CacheTags.documents(site.slug()), CacheTags.document(after.id())));
            for (String key : new LinkedHashSet<>(List.of(before.numberKey(), after.numberKey()))) {
                queries.citingArticles(site.id(), key).forEach(article -> tags.add(CacheTags.article(article)));
            }
            changes.siteContentChanged(site.id(), tags, null);
            String type = !wasPublic ? "document.published" : !isPublic
                    ? ("ARCHIVED".equals(after.status()) ? "document.deleted" : "document.unpublished") : "document.updated";
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("site", site.slug());
            data.put("id", after.id());
            data.put("number", after.number());
            data.put("type", after.typeName());
            data.put("issuedOn", after.issuedOn().toString());
            data.put("summary", after.summary());
            events.record(new ContentEvents.Event(site.id(), type, "document:" + after.id(), data, tags,
                    List.of("/api/v1/sites/" + site.slug() + "/documents/" + after.id()), null));
        } else {
            changes.siteContentChanged(site.id(), List.of(), null);
        }
        return view(site, after);
    }

    /** Files, related articles, media uses and the revision: what a create and a replace both write. */
    private void saveParts(SiteRef site, Editor editor, long id, DocumentInput input, EditorDocumentQueries.Values values,
                           Instant now) {
        queries.replaceFiles(id, input.fileList());
        queries.replaceRelated(id, input.relatedList());
        library.recordUses(MediaLibrary.UserKind.DOCUMENT, id, values.number() + " " + values.summary(),
                input.fileList().stream().map(DocumentInput.FileInput::id).toList());
        try {
            queries.saveRevision(id, now, editor.id(), editor.displayName(), json.writeValueAsString(input));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every rule a document must meet, each failure named; terms resolved to ids. */
    private EditorDocumentQueries.Values check(SiteRef site, DocumentInput input, Long id) {
        validation.check("body", input);
        List<InvalidParam> problems = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        slugs.put("type", input.type());
        slugs.put("issuer", input.issuer());
        slugs.put("field", input.field() == null || input.field().isBlank() ? null : input.field());
        Map<String, Long> ids = terms.ids(site, slugs, problems);
        String number = input.number().strip();
        String key = DocumentNumbers.key(number);
        if (!key.chars().anyMatch(Character::isLetter)) {
            problems.add(new InvalidParam("number", "needs its symbol after the number, e.g. 13/KH-UBND"));
        }
        LocalDate issued = input.issuedOn();
        LocalDate effective = input.effectiveOn();
        if (issued.getYear() < 1900 || issued.getYear() > 2100) {
            problems.add(new InvalidParam("issuedOn", "must be between 1900 and 2100"));
        }
        if (effective != null && effective.isBefore(issued)) {
            problems.add(new InvalidParam("effectiveOn", "must not be before issuedOn (" + issued + ")"));
        }
        LocalDate startsOn = effective == null ? issued : effective;
        if (input.expiresOn() != null && input.expiresOn().isBefore(startsOn)) {
            problems.add(new InvalidParam("expiresOn", "must not be before the document takes effect (" + startsOn + ")"));
        }
        if (input.replacedBy() != null) {
            Long siteOfReplacement = queries.siteOf(input.replacedBy()).orElse(null);
            if (Objects.equals(input.replacedBy(), id)) {
                problems.add(new InvalidParam("replacedBy", "a document cannot replace itself"));
            } else if (siteOfReplacement == null) {
                problems.add(new InvalidParam("replacedBy", "there is no document " + input.replacedBy()));
            } else if (siteOfReplacement != site.id()) {
                problems.add(new InvalidParam("replacedBy", "document " + input.replacedBy() + " belongs to another site"));
            }
        }
        List<Long> related = input.relatedList();
        if (!related.isEmpty()) {
            List<Long> found = queries.articlesOfSite(site.id(), related);
            related.stream().filter(article -> !found.contains(article)).findFirst().ifPresent(missing -> problems.add(
                    new InvalidParam("relatedArticles", "site '" + site.slug() + "' has no article " + missing)));
        }
        if (!problems.isEmpty()) {
            throw ApiProblemException.invalid(problems);
        }
        library.media(site, "files", input.fileList().stream().map(DocumentInput.FileInput::id).toList());
        long type = ids.get("type");
        queries.sameNumber(site.id(), type, issued.getYear(), key, id).ifPresent(other -> {
            throw ApiProblemException.conflict("Number " + number + " is already used by document " + other + " of the same type in "
                    + issued.getYear() + "; numbers restart each year but are unique within it");
        });
        return new EditorDocumentQueries.Values(type, ids.get("issuer"), ids.get("field"), number, key, issued, effective, input.expiresOn(),
                input.replacedBy(), text(input.signerName()), text(input.signerTitle()), input.summary().strip(),
                text(input.fullText()));
    }

    private EditorDocumentQueries.Saved find(SiteRef site, long id) {
        return queries.find(site.id(), id)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no document " + id));
    }

    private static void requireCanChange(Editor editor, SiteRef site, EditorDocumentQueries.Saved document) {
        if (editor.can(site.id(), SiteRole.EDITOR)) {
            return;
        }
        if (!Objects.equals(document.createdBy(), editor.id())) {
            throw EditorAccess.forbidden("Authors may change only their own documents");
        }
        if (!"DRAFT".equals(document.status())) {
            throw EditorAccess.forbidden("Authors may change only drafts; this one is " + document.status());
        }
    }

    private EditorDocument view(SiteRef site, EditorDocumentQueries.Saved row) {
        return new EditorDocument(row.id(), row.status(), row.number(), TermRef.of(row.typeSlug(), row.typeName()),
                TermRef.of(row.issuerSlug(), row.issuerName()), TermRef.of(row.fieldSlug(), row.fieldName()), row.issuedOn(),
                row.effectiveOn(), row.expiresOn(), row.replacedBy(), row.signerName(), row.signerTitle(), row.summary(),
                row.fullText(), MediaLibrary.attachments(row.files()), Arrays.asList(row.relatedArticles()),
                row.publishedAt() == null ? null : LocalDates.local(row.publishedAt(), site.zone()),
                LocalDates.local(row.createdAt(), site.zone()), LocalDates.local(row.updatedAt(), site.zone()),
                row.createdByName(), row.version());
    }

    private DocumentInput saved(String content) {
        try {
            return json.readValue(content, DocumentInput.class);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A stored revision is not JSON", impossible);
        }
    }

    private static ApiProblemException changedMeanwhile() {
        return new ApiProblemException(ProblemType.PRECONDITION_FAILED, "The document changed meanwhile; GET it again", List.of());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
