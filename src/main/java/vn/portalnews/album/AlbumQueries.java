package vn.portalnews.album;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.sql.NativeSql;
import vn.portalnews.common.sql.Row;
import vn.portalnews.media.Image;
import vn.portalnews.media.MediaLibrary;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The albums feature's SQL. Photos' images come from {@code media_image_json} (V11) in the same statement. */
@ApplicationScoped
class AlbumQueries {

    record AlbumRow(long id, long siteId, String slug, String title, String description, boolean published, int photoCount,
                    Image cover, Instant createdAt, Instant updatedAt, long version) {
    }

    record PhotoRow(int position, long mediaId, String caption, Image image) {
    }

    private static final String COLUMNS = """
            a.id, a.site_id, a.slug, a.title, a.description, a.published, a.photo_count, a.created_at, a.updated_at, a.version,
            (select media_image_json(p.media_id, null)::text from album_photos p where p.album_id = a.id
             order by p.position limit 1) as cover""";

    private final NativeSql sql;

    AlbumQueries(NativeSql sql) {
        this.sql = sql;
    }

    /** Newest first from {@code after}; only published ones unless {@code all}. One index range either way. */
    List<AlbumRow> newest(long siteId, boolean all, Position after, int limit) {
        String where = "a.site_id = :site" + (all ? "" : " and a.published")
                + (after == null ? "" : " and (a.created_at, a.id) < (:afterAt, :afterId)");
        return sql.query("select " + COLUMNS + " from albums a where " + where + " order by a.created_at desc, a.id desc limit :limit")
                .bind("site", siteId).bind("afterAt", after == null ? null : after.at())
                .bind("afterId", after == null ? null : after.id()).bind("limit", limit)
                .list(AlbumQueries::album);
    }

    Optional<AlbumRow> publishedBySlug(long siteId, String slug) {
        return sql.query("select " + COLUMNS + " from albums a where a.site_id = :site and a.slug = :slug and a.published")
                .bind("site", siteId).bind("slug", slug).first(AlbumQueries::album);
    }

    Optional<AlbumRow> byId(long siteId, long id) {
        return sql.query("select " + COLUMNS + " from albums a where a.site_id = :site and a.id = :id")
                .bind("site", siteId).bind("id", id).first(AlbumQueries::album);
    }

    /** Photos in order after position {@code after}. */
    List<PhotoRow> photos(long albumId, int after, int limit) {
        return sql.query("""
                        select p.position, p.media_id, coalesce(nullif(p.caption, ''), m.caption) as caption,
                               media_image_json(p.media_id, null)::text as image
                        from album_photos p join media m on m.id = p.media_id
                        where p.album_id = :album and p.position > :after order by p.position limit :limit""")
                .bind("album", albumId).bind("after", after).bind("limit", limit)
                .list(row -> new PhotoRow(row.intValue("position"), row.longValue("media_id"), row.string("caption"),
                        MediaLibrary.image(row.string("image"))));
    }

    boolean slugTaken(long siteId, String slug, Long except) {
        return sql.query("select exists (select 1 from albums where site_id = :site and slug = :slug and id is distinct from :except) as taken")
                .bind("site", siteId).bind("slug", slug).bind("except", except).single(row -> row.bool("taken"));
    }

    long insert(long siteId, String slug, String title, String description, boolean published, Instant at, long createdBy) {
        return sql.query("""
                        insert into albums (site_id, slug, title, description, published, created_at, created_by, updated_at)
                        values (:site, :slug, :title, :description, :published, :at, :by, :at) returning id""")
                .bind("site", siteId).bind("slug", slug).bind("title", title).bind("description", description)
                .bind("published", published).bind("at", at).bind("by", createdBy)
                .single(row -> row.longValue("id"));
    }

    /** @return false when the version moved on */
    boolean update(long id, long version, String slug, String title, String description, boolean published, int photoCount,
                   Instant at) {
        return sql.query("""
                        update albums set slug = :slug, title = :title, description = :description, published = :published,
                                          photo_count = :count, updated_at = :at, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("slug", slug).bind("title", title)
                .bind("description", description).bind("published", published).bind("count", photoCount).bind("at", at)
                .update() == 1;
    }

    void replacePhotos(long albumId, List<Long> mediaIds, List<String> captions) {
        sql.query("delete from album_photos where album_id = :album").bind("album", albumId).update();
        if (!mediaIds.isEmpty()) {
            sql.query("""
                            insert into album_photos (album_id, position, media_id, caption)
                            select :album, t.position, t.media_id, t.caption
                            from unnest(:media, :captions) with ordinality as t(media_id, caption, position)""")
                    .bind("album", albumId).bind("media", mediaIds.toArray(Long[]::new))
                    .bind("captions", captions.toArray(String[]::new)).update();
        }
    }

    void delete(long id) {
        sql.query("delete from albums where id = :id").bind("id", id).update();
    }

    private static AlbumRow album(Row row) throws SQLException {
        return new AlbumRow(row.longValue("id"), row.longValue("site_id"), row.string("slug"), row.string("title"),
                row.string("description"), row.bool("published"), row.intValue("photo_count"),
                MediaLibrary.image(row.string("cover")), row.instant("created_at"), row.instant("updated_at"),
                row.longValue("version"));
    }
}
