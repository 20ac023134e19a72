package vn.portalnews.article;

import com.fasterxml.jackson.annotation.JsonFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.FieldSelection;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.LiveNumber;
import vn.portalnews.common.LocalDates;
import vn.portalnews.media.Image;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

@JsonFilter(FieldSelection.FILTER)
@Schema(name = "ArticleSummary", description = "An article as lists show it; instants carry the site's UTC offset")
public record ArticleSummary(
        @Schema(examples = "1024") long id,
        @Schema(examples = "cong-tac-cai-cach-hanh-chinh-quy-iii") String slug,
        @Schema(examples = "Công tác cải cách hành chính quý III có chuyển biến tích cực") String title,
        @Schema(examples = "Ủy ban nhân dân xã tổng kết kết quả cải cách hành chính trong quý.") String summary,
        @Schema(examples = "Nguyễn Văn An") String author,
        CategoryRef category,
        @Schema(examples = "2021-10-20T00:30:00+07:00") OffsetDateTime publishedAt,
        @Schema(examples = "2021-10-20T08:15:00+07:00") OffsetDateTime updatedAt,
        @Schema(implementation = Long.class, description = "Views of all time, live: fresh within seconds even on a cached page", examples = "388")
        LiveNumber viewCount,
        @Schema(deprecated = true, nullable = true, description = "Use coverImage. The cover's URL: an external one, "
                + "or the largest JPEG of coverImage", examples = "https://cdn.example.vn/images/cchc.jpg") String coverImageUrl,
        @Schema(nullable = true, description = "The cover from the media library, with alt text and sizes for srcset")
        Image coverImage) {

    /** The tags of the articles a list shows. */
    public static List<String> cacheTags(List<ArticleSummary> items) {
        return items.stream().map(item -> CacheTags.article(item.id())).toList();
    }

    public static ArticleSummary of(ArticleRow row, ZoneId zone) {
        return new ArticleSummary(row.id(), row.slug(), row.title(), row.summary(), row.author(),
                new CategoryRef(row.categorySlug(), row.categoryName()),
                LocalDates.local(row.publishedAt(), zone), LocalDates.local(row.updatedAt(), zone),
                ArticleViewCounts.live(row.id(), row.viewCount()), coverImageUrl(row), row.coverImage());
    }

    /** Old clients keep a cover URL: the external one, else the library cover's largest JPEG. */
    static String coverImageUrl(ArticleRow row) {
        if (row.coverImageUrl() != null || row.coverImage() == null) {
            return row.coverImageUrl();
        }
        return row.coverImage().largest("jpeg");
    }
}
