package vn.portalnews.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.LocalDates;
import vn.portalnews.site.SiteRef;

import java.util.List;

/** "Thư viện ảnh": the published albums of a site and their photos, both keyset-paged. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlbumService {

    private final AlbumQueries queries;
    private final CursorCodec cursors;

    AlbumService(AlbumQueries queries, CursorCodec cursors) {
        this.queries = queries;
        this.cursors = cursors;
    }

    public AlbumPage albums(SiteRef site, int limit, String cursor, boolean all) {
        String scope = scope(site, all);
        Position after = cursor == null ? null : cursors.decode("cursor", scope, cursor);
        KeysetPage<AlbumQueries.AlbumRow> page = KeysetPage.of(queries.newest(site.id(), all, after, limit + 1), limit);
        return new AlbumPage(page.map(row -> summary(row, site)),
                page.nextCursor(last -> cursors.encode(scope, new Position(last.createdAt(), last.id()))));
    }

    public AlbumDetail album(SiteRef site, String slug, int limit, String cursor) {
        AlbumQueries.AlbumRow album = queries.publishedBySlug(site.id(), slug)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no album '" + slug + "'"));
        String scope = "album-photos|" + album.id();
        int after = cursor == null ? 0 : (int) cursors.decode("cursor", scope, cursor).id();
        KeysetPage<AlbumQueries.PhotoRow> page = KeysetPage.of(queries.photos(album.id(), after, limit + 1), limit);
        return new AlbumDetail(album.id(), album.slug(), album.title(), album.description(), album.photoCount(),
                LocalDates.local(album.createdAt(), site.zone()), LocalDates.local(album.updatedAt(), site.zone()),
                page.map(AlbumService::photo), page.nextCursor(last -> cursors.encode(scope, Position.ofId(last.position()))));
    }

    private static String scope(SiteRef site, boolean all) {
        return (all ? "editor-albums|" : "albums|") + site.id();
    }

    static AlbumSummary summary(AlbumQueries.AlbumRow row, SiteRef site) {
        return new AlbumSummary(row.id(), row.slug(), row.title(), row.description(), row.cover(), row.photoCount(),
                row.published(), LocalDates.local(row.createdAt(), site.zone()), LocalDates.local(row.updatedAt(), site.zone()));
    }

    static AlbumPhoto photo(AlbumQueries.PhotoRow row) {
        return new AlbumPhoto(row.position(), row.caption(), row.image());
    }

    static List<AlbumPhoto> photos(List<AlbumQueries.PhotoRow> rows) {
        return rows.stream().map(AlbumService::photo).toList();
    }
}
