package vn.portalnews.media;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.sql.NativeSql;
import vn.portalnews.common.sql.Row;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The media feature's SQL. */
@ApplicationScoped
class MediaQueries {

    /** A medium as stored. variants is the JSON array of the stored sizes. */
    record MediaRow(long id, long siteId, MediaKind kind, String mime, String fileName, String originalName, String hash,
                    String extension, long bytes, long storedBytes, Integer width, Integer height, String alt,
                    String caption, String credit, String variants, Instant createdAt, Instant updatedAt, long version) {

        String name() {
            return MediaNames.original(id, hash, extension);
        }
    }

    /** A new medium, before it has an id. */
    record NewMedia(long siteId, MediaKind kind, String mime, String fileName, String originalName, String hash,
                    String extension, long bytes, long storedBytes, Integer width, Integer height, String alt,
                    String caption, String credit, String variants, Instant at, Long createdBy) {
    }

    /** Who uses a medium, for the refusal to delete it. */
    record Use(String kind, long id, String label) {
    }

    private static final String COLUMNS = """
            m.id, m.site_id, m.kind, m.mime, m.file_name, m.original_name, m.content_hash, m.extension, m.bytes,
            m.stored_bytes, m.width, m.height, m.alt, m.caption, m.credit, m.variants::text as variants,
            m.created_at, m.updated_at, m.version""";

    private final NativeSql sql;

    MediaQueries(NativeSql sql) {
        this.sql = sql;
    }

    /** The id the next medium gets; taken before its bytes are stored, since their names carry it. */
    long nextId() {
        return sql.query("select nextval(pg_get_serial_sequence('media', 'id')) as id").single(row -> row.longValue("id"));
    }

    void insert(long id, NewMedia media) {
        sql.query("""
                        insert into media (id, site_id, kind, mime, file_name, original_name, content_hash, extension, bytes,
                                           stored_bytes, width, height, alt, caption, credit, variants, created_at,
                                           created_by, updated_at)
                        overriding system value
                        values (:id, :site, :kind, :mime, :fileName, :originalName, :hash, :extension, :bytes, :storedBytes,
                                :width, :height, :alt, :caption, :credit, cast(:variants as jsonb), :at, :createdBy, :at)""")
                .bind("id", id).bind("site", media.siteId()).bind("kind", media.kind().name()).bind("mime", media.mime())
                .bind("fileName", media.fileName()).bind("originalName", media.originalName()).bind("hash", media.hash())
                .bind("extension", media.extension()).bind("bytes", media.bytes()).bind("storedBytes", media.storedBytes())
                .bind("width", media.width()).bind("height", media.height()).bind("alt", media.alt())
                .bind("caption", media.caption()).bind("credit", media.credit()).bind("variants", media.variants())
                .bind("at", media.at()).bind("createdBy", media.createdBy())
                .update();
    }

    /**
     * Adds {@code bytes} to the site's stored total unless that would pass {@code quota}, in one statement: two
     * uploads at once cannot both slip under it.
     *
     * @return false when the quota would be passed
     */
    boolean reserve(long siteId, long bytes, long quota) {
        return sql.query("""
                        insert into media_site_usage as u (site_id, stored_bytes) select :site, :bytes where :bytes <= :quota
                        on conflict (site_id) do update set stored_bytes = u.stored_bytes + excluded.stored_bytes
                            where u.stored_bytes + excluded.stored_bytes <= :quota
                        returning stored_bytes""")
                .bind("site", siteId).bind("bytes", bytes).bind("quota", quota)
                .first(row -> row.longValue("stored_bytes")).isPresent();
    }

    void release(long siteId, long bytes) {
        sql.query("update media_site_usage set stored_bytes = greatest(0, stored_bytes - :bytes) where site_id = :site")
                .bind("site", siteId).bind("bytes", bytes).update();
    }

    long used(long siteId) {
        return sql.query("select coalesce((select stored_bytes from media_site_usage where site_id = :site), 0) as used")
                .bind("site", siteId).single(row -> row.longValue("used"));
    }

    Optional<MediaRow> find(long siteId, long id) {
        return sql.query("select " + COLUMNS + " from media m where m.id = :id and m.site_id = :site")
                .bind("id", id).bind("site", siteId).first(MediaQueries::row);
    }

    /** Locks the row, so a concurrent use or deletion waits for this transaction. */
    Optional<MediaRow> lock(long siteId, long id) {
        return sql.query("select " + COLUMNS + " from media m where m.id = :id and m.site_id = :site for update")
                .bind("id", id).bind("site", siteId).first(MediaQueries::row);
    }

    /** Any site's medium, for serving a download under its original name. */
    Optional<MediaRow> byId(long id) {
        return sql.query("select " + COLUMNS + " from media m where m.id = :id").bind("id", id).first(MediaQueries::row);
    }

    List<MediaRow> of(long siteId, Collection<Long> ids) {
        return sql.query("select " + COLUMNS + " from media m where m.site_id = :site and m.id = any(:ids)")
                .bind("site", siteId).bind("ids", ids.toArray(Long[]::new)).list(MediaQueries::row);
    }

    /**
     * The library, newest first from {@code after}: one index range per kind filter. {@code contains} is matched
     * against the name, alt, caption and credit without accents through a trigram index.
     */
    List<MediaRow> newest(long siteId, MediaKind kind, String contains, Position after, int limit) {
        StringBuilder where = new StringBuilder("m.site_id = :site");
        if (kind != null) {
            where.append(" and m.kind = :kind");
        }
        if (contains != null) {
            where.append(" and m.search_text like '%' || lower(immutable_unaccent(:contains)) || '%'");
        }
        if (after != null) {
            where.append(" and (m.created_at, m.id) < (:afterAt, :afterId)");
        }
        return sql.query("select " + COLUMNS + " from media m where " + where + " order by m.created_at desc, m.id desc limit :limit")
                .bind("site", siteId).bind("kind", kind == null ? null : kind.name())
                .bind("contains", contains == null ? null : likeLiteral(contains))
                .bind("afterAt", after == null ? null : after.at()).bind("afterId", after == null ? null : after.id())
                .bind("limit", limit)
                .list(MediaQueries::row);
    }

    /** @return false when the version moved on (a concurrent change) */
    boolean updateText(long id, long version, String alt, String caption, String credit, Instant at) {
        return sql.query("""
                        update media set alt = :alt, caption = :caption, credit = :credit, updated_at = :at, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("alt", alt).bind("caption", caption).bind("credit", credit)
                .bind("at", at).update() == 1;
    }

    void delete(long id) {
        sql.query("delete from media where id = :id").bind("id", id).update();
    }

    List<Use> uses(long mediaId, int limit) {
        return sql.query("select user_kind, user_id, label from media_uses where media_id = :id order by user_kind, user_id limit :limit")
                .bind("id", mediaId).bind("limit", limit).list(row -> new Use(row.string("user_kind"), row.longValue("user_id"), row.string("label")));
    }

    void replaceUses(String userKind, long userId, String label, Collection<Long> mediaIds) {
        sql.query("delete from media_uses where user_kind = :kind and user_id = :user")
                .bind("kind", userKind).bind("user", userId).update();
        if (!mediaIds.isEmpty()) {
            sql.query("""
                            insert into media_uses (media_id, user_kind, user_id, label)
                            select distinct unnest(:ids), :kind, :user, :label""")
                    .bind("ids", mediaIds.toArray(Long[]::new)).bind("kind", userKind).bind("user", userId).bind("label", label)
                    .update();
        }
    }

    /** Escapes LIKE's wildcards, so what an editor types is matched as text. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MediaRow row(Row row) throws SQLException {
        return new MediaRow(row.longValue("id"), row.longValue("site_id"), MediaKind.valueOf(row.string("kind")),
                row.string("mime"), row.string("file_name"), row.string("original_name"), row.string("content_hash"),
                row.string("extension"), row.longValue("bytes"), row.longValue("stored_bytes"), row.integer("width"),
                row.integer("height"), row.string("alt"), row.string("caption"), row.string("credit"),
                row.string("variants"), row.instant("created_at"), row.instant("updated_at"), row.longValue("version"));
    }
}
