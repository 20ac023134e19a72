package vn.portalnews.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.auth.Editor;
import vn.portalnews.auth.EditorAccess;
import vn.portalnews.auth.SiteRole;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.ProblemType;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.common.Slugs;
import vn.portalnews.media.MediaLibrary;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Editors' albums: whole-album writes with the article roles (editors), photos checked against the library. */
@ApplicationScoped
@Transactional // reads say SUPPORTS
public class EditorAlbumService {

    /** An album's photos, all of them: the editors' view shows every one. */
    private static final int MAX_PHOTOS = 500;

    private final AlbumQueries queries;
    private final AlbumService albums;
    private final EditorAccess access;
    private final MediaLibrary library;
    private final ContentChanges changes;
    private final RequestValidation validation;
    private final Clock clock;

    EditorAlbumService(AlbumQueries queries, AlbumService albums, EditorAccess access, MediaLibrary library,
                       ContentChanges changes, RequestValidation validation, Clock clock) {
        this.queries = queries;
        this.albums = albums;
        this.access = access;
        this.library = library;
        this.changes = changes;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlbumPage list(SiteRef site, int limit, String cursor) {
        access.require(site, SiteRole.AUTHOR);
        return albums.albums(site, limit, cursor, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorAlbum get(SiteRef site, long id) {
        access.require(site, SiteRole.AUTHOR);
        return view(site, find(site, id));
    }

    public EditorAlbum create(SiteRef site, AlbumInput input) {
        Editor editor = access.require(site, SiteRole.EDITOR);
        validation.check("body", input);
        Photos photos = photos(site, input);
        String title = input.title().strip();
        String slug = slug(site, input.slug(), title, null);
        Instant now = now();
        long id = queries.insert(site.id(), slug, title, text(input.description()), Boolean.TRUE.equals(input.published()),
                now, editor.id());
        AlbumQueries.AlbumRow created = find(site, id);
        return saved(site, created, input, photos, slug, title, now);
    }

    public EditorAlbum replace(SiteRef site, long id, String ifMatch, AlbumInput input) {
        access.require(site, SiteRole.EDITOR);
        validation.check("body", input);
        AlbumQueries.AlbumRow album = find(site, id);
        IfMatch.check(ifMatch, album.version(), false, "album");
        Photos photos = photos(site, input);
        String title = input.title().strip();
        String slug = slug(site, input.slug(), title, album);
        return saved(site, album, input, photos, slug, title, now());
    }

    public void delete(SiteRef site, long id, String ifMatch) {
        access.require(site, SiteRole.EDITOR);
        AlbumQueries.AlbumRow album = find(site, id);
        IfMatch.check(ifMatch, album.version(), false, "album");
        queries.delete(id);
        library.recordUses(MediaLibrary.UserKind.ALBUM, id, album.title(), List.of());
        changes.siteContentChanged(site.id(), List.of(CacheTags.album(id), CacheTags.albums(site.slug())), null);
    }

    private EditorAlbum saved(SiteRef site, AlbumQueries.AlbumRow album, AlbumInput input, Photos photos, String slug,
                              String title, Instant now) {
        queries.replacePhotos(album.id(), photos.mediaIds(), photos.captions());
        if (!queries.update(album.id(), album.version(), slug, title, text(input.description()),
                Boolean.TRUE.equals(input.published()), photos.mediaIds().size(), now)) {
            throw new ApiProblemException(ProblemType.PRECONDITION_FAILED, "The album changed meanwhile; GET it again", List.of());
        }
        library.recordUses(MediaLibrary.UserKind.ALBUM, album.id(), title, photos.mediaIds());
        changes.siteContentChanged(site.id(), List.of(CacheTags.album(album.id()), CacheTags.albums(site.slug())), null);
        return view(site, find(site, album.id()));
    }

    private record Photos(List<Long> mediaIds, List<String> captions) {
    }

    /** Every photo must be an image of the site's library with alt text. */
    private Photos photos(SiteRef site, AlbumInput input) {
        List<AlbumInput.PhotoInput> wanted = input.photoList();
        Map<Long, MediaLibrary.MediaRef> images = library.images(site, "photos",
                wanted.stream().map(AlbumInput.PhotoInput::id).toList());
        List<Long> ids = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        int position = 0;
        for (AlbumInput.PhotoInput photo : wanted) {
            position++;
            if (images.get(photo.id()).alt().isBlank()) {
                throw ApiProblemException.invalid("photos", "photo " + position + " (medium " + photo.id()
                        + ") has no alt text; give the medium one first");
            }
            ids.add(photo.id());
            captions.add(text(photo.caption()));
        }
        return new Photos(ids, captions);
    }

    private String slug(SiteRef site, String explicit, String title, AlbumQueries.AlbumRow current) {
        Long except = current == null ? null : current.id();
        if (explicit != null && !explicit.isBlank()) {
            if (queries.slugTaken(site.id(), explicit, except)) {
                throw ApiProblemException.conflict("Site '" + site.slug() + "' already has an album '" + explicit + "'");
            }
            return explicit;
        }
        if (current != null) {
            return current.slug();
        }
        String base = Slugs.of(title, 180);
        if (base.isEmpty()) {
            base = "album";
        }
        String slug = base;
        for (int n = 2; queries.slugTaken(site.id(), slug, null); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private AlbumQueries.AlbumRow find(SiteRef site, long id) {
        return queries.byId(site.id(), id).orElseThrow(() -> ApiProblemException.notFound("There is no album " + id + " on this site"));
    }

    private EditorAlbum view(SiteRef site, AlbumQueries.AlbumRow album) {
        return new EditorAlbum(album.id(), album.slug(), album.title(), album.description(), album.published(),
                album.photoCount(), AlbumService.photos(queries.photos(album.id(), 0, MAX_PHOTOS)),
                LocalDates.local(album.createdAt(), site.zone()), LocalDates.local(album.updatedAt(), site.zone()),
                album.version());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
