package vn.portalnews.article;

import com.fasterxml.jackson.annotation.JsonFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.FieldSelection;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.LiveNumber;
import vn.portalnews.common.Tagged;
import vn.portalnews.common.LocalDates;
import vn.portalnews.media.Attachment;
import vn.portalnews.media.Image;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

@JsonFilter(FieldSelection.FILTER)
@Schema(name = "ArticleDetail", description = "An article page: the summary fields and the sanitized HTML body")
public record ArticleDetail(
        @Schema(examples = "1024") long id,
        @Schema(examples = "cong-tac-cai-cach-hanh-chinh-quy-iii") String slug,
        @Schema(examples = "Công tác cải cách hành chính quý III có chuyển biến tích cực") String title,
        @Schema(examples = "Ủy ban nhân dân xã tổng kết kết quả cải cách hành chính trong quý.") String summary,
        @Schema(examples = "Nguyễn Văn An") String author,
        CategoryRef category,
        @Schema(nullable = true, description = "Null only in the preview of a draft never published",
                examples = "2021-10-20T00:30:00+07:00") OffsetDateTime publishedAt,
        @Schema(examples = "2021-10-20T08:15:00+07:00") OffsetDateTime updatedAt,
        @Schema(implementation = Long.class, description = "Views of all time, live: fresh within seconds even on a cached page", examples = "388")
        LiveNumber viewCount,
        @Schema(deprecated = true, nullable = true, description = "Use coverImage. The cover's URL: an external one, "
                + "or the largest JPEG of coverImage", examples = "https://cdn.example.vn/images/cchc.jpg") String coverImageUrl,
        @Schema(nullable = true, description = "The cover from the media library, with alt text and sizes for srcset")
        Image coverImage,
        @Schema(description = "Sanitized HTML; library images are <picture> elements with WebP and JPEG srcsets",
                examples = "<p>Sáng nay, Ủy ban nhân dân xã đã tổ chức hội nghị...</p>") String body,
        @Schema(description = "Files for download, in the editors' order") List<Attachment> attachments,
        @Schema(description = "Documents of the site the text refers to (\"Kế hoạch số 03/KH-UBND\"), in the order referred to")
        List<CitedDocument> documents) implements Tagged {

    @Override
    public List<String> cacheTags() {
        return List.of(CacheTags.article(id));
    }

    static ArticleDetail of(ArticleQueries.PublicArticle article, ZoneId zone) {
        ArticleSummary summary = article.summary().summary(zone);
        return new ArticleDetail(summary.id(), summary.slug(), summary.title(), summary.summary(), summary.author(),
                summary.category(), summary.publishedAt(), summary.updatedAt(), summary.viewCount(),
                summary.coverImageUrl(), summary.coverImage(), article.body(), article.attachments(), article.documents());
    }
}
