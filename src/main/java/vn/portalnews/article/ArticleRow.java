package vn.portalnews.article;

import vn.portalnews.common.sql.Row;
import vn.portalnews.media.Image;
import vn.portalnews.media.MediaLibrary;

import java.sql.SQLException;
import java.time.Instant;

/** An article as the list queries project it: everything but the body. */
public record ArticleRow(long id, String slug, String title, String summary, String author,
                         String categorySlug, String categoryName, Instant publishedAt, Instant updatedAt,
                         long viewCount, String coverImageUrl, Image coverImage) {

    /** The select list of articles {@code a} joined with categories {@code c} that {@link #of(Row)} reads. */
    public static final String COLUMNS = """
            a.id, a.slug, a.title, a.summary, a.author_name, c.slug as category_slug, c.name as category_name,
            a.published_at, a.updated_at, a.cover_image_url,
            coalesce((select v.view_count from article_counters v where v.article_id = a.id), 0) as view_count,
            case when a.cover_media_id is not null then media_image_json(a.cover_media_id, a.cover_alt)::text end as cover_image""";

    public static ArticleRow of(Row row) throws SQLException {
        return new ArticleRow(row.longValue("id"), row.string("slug"), row.string("title"), row.string("summary"),
                row.string("author_name"), row.string("category_slug"), row.string("category_name"),
                row.instant("published_at"), row.instant("updated_at"), row.longValue("view_count"),
                row.string("cover_image_url"), MediaLibrary.image(row.string("cover_image")));
    }

    public ArticleSummary summary(java.time.ZoneId zone) {
        return ArticleSummary.of(this, zone);
    }
}
