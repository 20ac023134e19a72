package vn.portalnews.article.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.portalnews.article.Article;
import vn.portalnews.article.ArticleQueries;
import vn.portalnews.article.ArticleStatus;
import vn.portalnews.article.CategoryRef;
import vn.portalnews.auth.Editor;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.category.Category;
import vn.portalnews.category.CategoryService;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.TextReferences;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.QueryParams;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.media.Attachment;
import vn.portalnews.media.Image;
import vn.portalnews.media.MediaHtml;
import vn.portalnews.media.MediaLibrary;
import vn.portalnews.site.Site;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writing and publishing. Every write checks the caller's role and, for authors, ownership; checks the
 * article's version against If-Match; sanitizes the body; keeps a revision; and makes the public side
 * fresh on commit.
 */
@ApplicationScoped
@Transactional // writes; reads say SUPPORTS
public class EditorArticleService {

    /** Filters of the editors' list. */
    public record ListFilter(String status, String author, String category, String q, int limit, String cursor) {
    }

    private static final int SUMMARY_LENGTH = 300;

    private final EntityManager entityManager;
    private final EditorArticleQueries queries;
    private final ArticleQueries articles;
    private final TextMatch textMatch;
    private final EditorAccess access;
    private final CategoryService categories;
    private final HtmlSanitizer sanitizer;
    private final ArticleSlugs slugs;
    private final ContentChanges changes;
    private final ArticleEvents events;
    private final TextReferences references;
    private final CursorCodec cursors;
    private final RequestValidation validation;
    private final MediaLibrary library;
    private final MediaHtml mediaHtml;
    private final ObjectMapper json;
    private final Clock clock;

    EditorArticleService(EntityManager entityManager, EditorArticleQueries queries, ArticleQueries articles,
                         TextMatch textMatch, EditorAccess access, CategoryService categories, HtmlSanitizer sanitizer,
                         ArticleSlugs slugs, ContentChanges changes, ArticleEvents events, TextReferences references,
                         CursorCodec cursors, RequestValidation validation,
                         MediaLibrary library, MediaHtml mediaHtml, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.articles = articles;
        this.textMatch = textMatch;
        this.access = access;
        this.categories = categories;
        this.sanitizer = sanitizer;
        this.slugs = slugs;
        this.changes = changes;
        this.events = events;
        this.references = references;
        this.cursors = cursors;
        this.validation = validation;
        this.library = library;
        this.mediaHtml = mediaHtml;
        this.json = json;
        this.clock = clock;
    }

    /** Newest created first. Authors see their own articles only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorArticlePage list(SiteRef site, ListFilter filter) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        Instant now = clock.instant();
        String scope = "editor|" + site.id() + "|" + filter.status() + "|" + filter.author() + "|" + filter.category() + "|" + filter.q()
                + "|" + editor.id();
        Position after = filter.cursor() == null ? null : cursors.decode("cursor", scope, filter.cursor());
        var criteria = new EditorArticleQueries.ListCriteria(site.id(), filter.status(),
                editor.can(site.id(), SiteRole.EDITOR) ? null : editor.id(), filter.author(),
                filter.category() == null ? null : categories.requireId(site, "category", filter.category()),
                filter.q() == null ? null : textMatch.matchQuery("q", filter.q()), after, now);
        KeysetPage<EditorArticleQueries.ListRow> page = KeysetPage.of(queries.newestCreated(criteria, filter.limit() + 1),
                filter.limit());
        List<EditorArticleSummary> items = page.map(row -> new EditorArticleSummary(row.id(), row.slug(), row.status(),
                row.status() == ArticleStatus.PUBLISHED && row.publishedAt().isAfter(now), row.title(),
                new CategoryRef(row.categorySlug(), row.categoryName()), row.author(), row.createdBy(),
                LocalDates.local(row.publishedAt(), site.zone()), LocalDates.local(row.updatedAt(), site.zone())));
        return new EditorArticlePage(items, page.nextCursor(last -> cursors.encode(scope, new Position(last.createdAt(), last.id()))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorArticle get(SiteRef site, long id) {
        return view(site, openable(site, id));
    }

    /** The article, when the caller may open it in the editor (authors: their own); 403 or 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Article openable(SiteRef site, long id) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        Article article = find(site, id);
        requireOwnerOrEditor(editor, site, article);
        return article;
    }

    public EditorArticle create(SiteRef site, ArticleInput input) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        validation.check("body", input);
        Article article = new Article();
        article.site = entityManager.getReference(Site.class, site.id());
        article.status = ArticleStatus.DRAFT;
        article.createdBy = editor.id();
        Instant now = now();
        article.createdAt = now;
        ChosenMedia media = apply(site, editor, article, input, now);
        articles.persistAndFlush(article);
        slugs.claimed(site.id(), article.slug);
        saveMedia(article, media);
        saveRevision(article, editor, now, media);
        references.record(article.id, sanitizer.text(article.body));
        changes.siteContentChanged(site.id(), List.of(), null); // a draft: nothing public to purge yet
        return view(site, article);
    }

    public EditorArticle replace(SiteRef site, long id, String ifMatch, ArticleInput input) {
        return patch(site, id, ifMatch, current -> input);
    }

    /** A change computed from the article's current writable state, read once in the same transaction. */
    public EditorArticle patch(SiteRef site, long id, String ifMatch, UnaryOperator<ArticleInput> change) {
        return update(site, id, ifMatch, true, change);
    }

    private EditorArticle update(SiteRef site, long id, String ifMatch, boolean ifMatchRequired,
                                 UnaryOperator<ArticleInput> change) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        Article article = find(site, id);
        requireCanChange(editor, site, article);
        ArticleEvents.Before before = events.before(site, article);
        ArticleInput input = validation.check("body", change.apply(current(article)));
        ArticleVersions.check(ifMatch, article.version, ifMatchRequired);
        Instant now = now();
        String oldSlug = article.slug;
        ChosenMedia media = apply(site, editor, article, input, now);
        entityManager.flush();
        if (!oldSlug.equals(article.slug)) {
            slugs.moved(site.id(), article.id, oldSlug, article.slug);
        }
        saveMedia(article, media);
        return saved(site, editor, article, now, media, before);
    }

    /** The article's writable state, as an input a change starts from. */
    private ArticleInput current(Article article) {
        return new ArticleInput(article.title, article.summary, article.body, article.category.slug, article.authorName,
                article.coverImageUrl, article.slug,
                article.coverMediaId == null ? null : new ArticleInput.CoverImageInput(article.coverMediaId, article.coverAlt),
                queries.attachments(article.id).stream()
                        .map(row -> new ArticleInput.AttachmentInput(row.mediaId(), row.title())).toList());
    }

    /** Soft delete: the article leaves the public side but stays, with its revisions. */
    public void archive(SiteRef site, long id, String ifMatch) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        Article article = find(site, id);
        requireCanChange(editor, site, article);
        ArticleVersions.check(ifMatch, article.version, true);
        ArticleEvents.Before before = events.before(site, article);
        article.status = ArticleStatus.ARCHIVED;
        saved(site, editor, article, null, null, before);
    }

    public EditorArticle publish(SiteRef site, long id, String ifMatch, PublishRequest request) {
        Editor editor = access.require(site, SiteRole.EDITOR);
        Article article = find(site, id);
        ArticleVersions.check(ifMatch, article.version, false);
        Instant at = request == null || request.at() == null ? now() : request.at();
        if (!QueryParams.isStorableYear(at.atZone(ZoneOffset.UTC).getYear())) {
            throw ApiProblemException.invalid("at", QueryParams.YEAR_RANGE);
        }
        ArticleEvents.Before before = events.before(site, article);
        article.status = ArticleStatus.PUBLISHED;
        article.publishedAt = at;
        return saved(site, editor, article, null, null, before);
    }

    public EditorArticle unpublish(SiteRef site, long id, String ifMatch) {
        Editor editor = access.require(site, SiteRole.EDITOR);
        Article article = find(site, id);
        ArticleVersions.check(ifMatch, article.version, false);
        ArticleEvents.Before before = events.before(site, article);
        article.status = ArticleStatus.DRAFT;
        return saved(site, editor, article, null, null, before);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionList revisions(SiteRef site, long id, int limit, String cursor) {
        Editor editor = access.require(site, SiteRole.AUTHOR);
        Article article = find(site, id);
        requireOwnerOrEditor(editor, site, article);
        String scope = "revisions|" + article.id;
        int before = cursor == null ? Integer.MAX_VALUE : (int) cursors.decode("cursor", scope, cursor).id();
        KeysetPage<EditorArticleQueries.RevisionRow> page = KeysetPage.of(queries.revisions(article.id, before, limit + 1), limit);
        return new RevisionList(page.map(row -> new RevisionView(row.revision(), LocalDates.local(row.createdAt(), site.zone()),
                        row.editor(), row.editorName(), row.title(), row.summary(), row.body())),
                page.nextCursor(last -> cursors.encode(scope, Position.ofId(last.revision()))));
    }

    /**
     * Brings back a revision's title, summary, body, cover and attachments as a new revision; the body is
     * sanitized and its media checked again on the way (a medium deleted since is a 400 naming it).
     */
    public EditorArticle restore(SiteRef site, long id, int revision, String ifMatch) {
        ArticleRevision saved = ArticleRevision.<ArticleRevision>find("articleId = ?1 and revision = ?2", id, revision)
                .firstResultOptional()
                .orElseThrow(() -> ApiProblemException.notFound("Article " + id + " has no revision " + revision));
        List<ArticleInput.AttachmentInput> attachments = revisionAttachments(saved);
        return update(site, id, ifMatch, false, current -> new ArticleInput(saved.title, saved.summary, saved.body,
                current.category(), current.author(), current.coverImageUrl(), current.slug(),
                saved.coverMediaId == null ? null : new ArticleInput.CoverImageInput(saved.coverMediaId, saved.coverAlt),
                attachments));
    }

    /**
     * Sets the article's fields from the input. Every lookup happens before the first assignment, so the
     * session is not flushed half-changed in between.
     *
     * @return the media it uses, to record once the article row is written
     */
    private ChosenMedia apply(SiteRef site, Editor editor, Article article, ArticleInput input, Instant now) {
        long categoryId = categories.requireId(site, "category", input.category());
        ChosenMedia media = chooseMedia(site, input);
        String title = input.title().strip();
        String slug;
        if (input.slug() != null && !input.slug().isBlank()) {
            slugs.checkExplicit(site.id(), input.slug(), article.id);
            slug = input.slug();
        } else {
            slug = article.slug != null ? article.slug : slugs.generate(site.id(), title);
        }
        article.category = entityManager.getReference(Category.class, categoryId);
        article.title = title;
        article.slug = slug;
        article.body = media.body();
        article.coverMediaId = media.coverId();
        article.coverAlt = media.coverAlt();
        article.summary = input.summary() == null || input.summary().isBlank()
                ? summaryOf(article.body) : input.summary().strip();
        article.authorName = input.author() == null || input.author().isBlank() ? editor.displayName() : input.author().strip();
        article.coverImageUrl = input.coverImageUrl() == null || input.coverImageUrl().isBlank() ? null : input.coverImageUrl();
        article.updatedAt = now;
        return media;
    }

    /** The media an input uses, each checked against the site's library, and the body with library images written out. */
    private record ChosenMedia(Long coverId, String coverAlt, String body, List<EditorArticleQueries.AttachmentRow> attachments,
                               Set<Long> used) {
    }

    private ChosenMedia chooseMedia(SiteRef site, ArticleInput input) {
        Set<Long> used = new LinkedHashSet<>();
        Long coverId = null;
        String coverAlt = null;
        if (input.coverImage() != null) {
            coverId = input.coverImage().id();
            MediaLibrary.MediaRef cover = library.images(site, "coverImage.id", List.of(coverId)).get(coverId);
            coverAlt = input.coverImage().alt() == null || input.coverImage().alt().isBlank() ? null : input.coverImage().alt().strip();
            if (coverAlt == null && cover.alt().isBlank()) {
                throw ApiProblemException.invalid("coverImage.alt", "the cover needs alt text: give it here or on medium " + coverId);
            }
            used.add(coverId);
        }
        MediaHtml.LinkedBody body = mediaHtml.link(site, "body", sanitizer.sanitize(input.body()));
        used.addAll(body.mediaIds());
        List<ArticleInput.AttachmentInput> wanted = input.attachmentList();
        Map<Long, MediaLibrary.MediaRef> files = library.media(site, "attachments",
                wanted.stream().map(ArticleInput.AttachmentInput::id).toList());
        List<EditorArticleQueries.AttachmentRow> attachments = new ArrayList<>();
        for (ArticleInput.AttachmentInput attachment : wanted) {
            attachments.add(new EditorArticleQueries.AttachmentRow(attachment.id(),
                    files.get(attachment.id()).attachment(attachment.title()).title()));
            used.add(attachment.id());
        }
        return new ChosenMedia(coverId, coverAlt, body.html(), attachments, used);
    }

    /** After the article row is written: its attachments, and its uses, so a medium in use is not deleted. */
    private void saveMedia(Article article, ChosenMedia media) {
        queries.replaceAttachments(article.id, media.attachments());
        library.recordUses(MediaLibrary.UserKind.ARTICLE, article.id, article.title, media.used());
    }

    private List<ArticleInput.AttachmentInput> revisionAttachments(ArticleRevision revision) {
        try {
            return List.of(json.readValue(revision.attachments, ArticleInput.AttachmentInput[].class));
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("revision " + revision.id + " has unreadable attachments", unreadable);
        }
    }

    /**
     * Writes now, so a concurrent writer's version bump fails this request (412), not the commit.
     *
     * @param textSavedAt when the text changed, for its revision; null when only the status did
     * @param before      the article as the public side showed it before the change
     */
    private EditorArticle saved(SiteRef site, Editor editor, Article article, Instant textSavedAt, ChosenMedia media,
                                ArticleEvents.Before before) {
        entityManager.flush();
        if (textSavedAt != null) {
            saveRevision(article, editor, textSavedAt, media);
            references.record(article.id, sanitizer.text(article.body));
        }
        Set<String> purge = new LinkedHashSet<>(before.tags());
        purge.addAll(ArticleEvents.publicTags(site, article));
        boolean scheduled = article.status == ArticleStatus.PUBLISHED && article.publishedAt.isAfter(clock.instant());
        changes.siteContentChanged(site.id(), purge, scheduled ? article.publishedAt : null);
        events.changed(site, before, article, purge);
        return view(site, article);
    }

    private void saveRevision(Article article, Editor editor, Instant now, ChosenMedia media) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.revision = queries.lastRevision(article.id) + 1;
        revision.createdAt = now;
        revision.createdBy = editor.id();
        revision.editorName = editor.displayName();
        revision.title = article.title;
        revision.summary = article.summary;
        revision.body = article.body;
        revision.coverMediaId = article.coverMediaId;
        revision.coverAlt = article.coverAlt;
        try {
            revision.attachments = json.writeValueAsString(media.attachments().stream()
                    .map(row -> new ArticleInput.AttachmentInput(row.mediaId(), row.title())).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        revision.persist();
    }

    /** PostgreSQL keeps microseconds; answering with more would differ from every later read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String summaryOf(String html) {
        String text = sanitizer.text(html).strip();
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1).strip() + "…";
    }

    private Article find(SiteRef site, long id) {
        return articles.onSite(site.id(), id)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no article " + id));
    }

    private static void requireOwnerOrEditor(Editor editor, SiteRef site, Article article) {
        if (!editor.can(site.id(), SiteRole.EDITOR) && !Objects.equals(article.createdBy, editor.id())) {
            throw EditorAccess.forbidden("Authors may open only their own articles");
        }
    }

    private static void requireCanChange(Editor editor, SiteRef site, Article article) {
        if (editor.can(site.id(), SiteRole.EDITOR)) {
            return;
        }
        requireOwnerOrEditor(editor, site, article);
        if (article.status != ArticleStatus.DRAFT) {
            throw EditorAccess.forbidden("Authors may change only drafts; this one is " + article.status);
        }
    }

    private EditorArticle view(SiteRef site, Article article) {
        String createdBy = article.createdBy == null ? null : queries.username(article.createdBy).orElse(null);
        List<EditorArticleQueries.AttachmentRow> attached = queries.attachments(article.id);
        Set<Long> ids = new LinkedHashSet<>();
        if (article.coverMediaId != null) {
            ids.add(article.coverMediaId);
        }
        attached.forEach(row -> ids.add(row.mediaId()));
        Map<Long, MediaLibrary.MediaRef> media = library.media(site, "article", ids);
        Image cover = article.coverMediaId == null ? null : media.get(article.coverMediaId).image(article.coverAlt);
        List<Attachment> attachments = attached.stream().map(row -> media.get(row.mediaId()).attachment(row.title())).toList();
        return EditorArticle.of(article, cover, attachments, createdBy, site.zone(), clock.instant());
    }
}
