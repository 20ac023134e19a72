package vn.portalnews.media;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.site.SiteRef;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other features may ask of the media library: to resolve the media an article or album refers to (each
 * must exist on the same site, an image where an image is needed) and to record who uses which medium, so
 * that a medium in use is never deleted. Runs in the caller's transaction.
 */
@ApplicationScoped
public class MediaLibrary {

    /** Users of media, as {@code media_uses.user_kind} names them. */
    public enum UserKind {
        ARTICLE("article"), ALBUM("album"), DOCUMENT("document");

        private final String column;

        UserKind(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        static UserKind of(String column) {
            for (UserKind kind : values()) {
                if (kind.column.equals(column)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a kind of media user: " + column);
        }

        String tag(long id) {
            return switch (this) {
                case ARTICLE -> CacheTags.article(id);
                case ALBUM -> CacheTags.album(id);
                case DOCUMENT -> CacheTags.document(id);
            };
        }
    }

    private final MediaQueries queries;

    MediaLibrary(MediaQueries queries) {
        this.queries = queries;
    }

    /** Images of the site by id, in the order asked; a missing medium or one that is not an image is a 400 on {@code param}. */
    public Map<Long, MediaRef> images(SiteRef site, String param, Collection<Long> ids) {
        Map<Long, MediaRef> found = media(site, param, ids);
        found.values().forEach(media -> {
            if (!media.isImage()) {
                throw ApiProblemException.invalid(param, "medium " + media.id() + " is a file (" + media.row().mime()
                        + "), not an image");
            }
        });
        return found;
    }

    /** Media of the site by id, any kind. */
    public Map<Long, MediaRef> media(SiteRef site, String param, Collection<Long> ids) {
        Map<Long, MediaRef> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Set<Long> wanted = new java.util.LinkedHashSet<>(ids);
        Map<Long, MediaQueries.MediaRow> rows = new LinkedHashMap<>();
        queries.of(site.id(), wanted).forEach(row -> rows.put(row.id(), row));
        for (long id : wanted) {
            MediaQueries.MediaRow row = rows.get(id);
            if (row == null) {
                throw ApiProblemException.invalid(param, "there is no medium " + id + " on site '" + site.slug() + "'");
            }
            found.put(id, new MediaRef(row));
        }
        return found;
    }

    /** Records that {@code user} now uses exactly {@code mediaIds}; {@code label} names it if someone tries to delete one. */
    public void recordUses(UserKind kind, long userId, String label, Collection<Long> mediaIds) {
        queries.replaceUses(kind.column(), userId, label.length() > 200 ? label.substring(0, 199) + "…" : label, mediaIds);
    }

    /** An image from the JSON that {@code media_image_json(id, alt)} (V11) selects beside a list's rows. */
    public static Image image(String json) {
        return json == null ? null : MediaViews.image(json);
    }

    /** Attachments from a JSON array of what {@code media_attachment_json(id, title)} (V11) selects. */
    public static List<Attachment> attachments(String jsonArray) {
        return MediaViews.attachments(jsonArray);
    }

    /** One resolved medium. */
    public static final class MediaRef {
        private final MediaQueries.MediaRow row;

        MediaRef(MediaQueries.MediaRow row) {
            this.row = row;
        }

        MediaQueries.MediaRow row() {
            return row;
        }

        public long id() {
            return row.id();
        }

        public boolean isImage() {
            return row.kind() == MediaKind.IMAGE;
        }

        /** The medium's own alt text ("" when it has none). */
        public String alt() {
            return row.alt();
        }

        public Image image(String altOverride) {
            return MediaViews.image(row, altOverride);
        }

        public Attachment attachment(String title) {
            return MediaViews.attachment(row, title == null || title.isBlank() ? row.originalName() : title.strip());
        }
    }
}
