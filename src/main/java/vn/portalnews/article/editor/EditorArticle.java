package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.article.Article;
import vn.portalnews.article.ArticleStatus;
import vn.portalnews.article.CategoryRef;
import vn.portalnews.common.LocalDates;
import vn.portalnews.media.Attachment;
import vn.portalnews.media.Image;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

@Schema(name = "EditorArticle", description = "An article as editors see it, in any status; the body as stored")
public record EditorArticle(
        @Schema(examples = "1024") long id,
        @Schema(examples = "xa-an-binh-ra-quan-lam-sach-kenh-muong") String slug,
        ArticleStatus status,
        @Schema(description = "Published with a publication instant still in the future") boolean scheduled,
        String title,
        String summary,
        String body,
        CategoryRef category,
        String author,
        @Schema(deprecated = true, nullable = true, description = "Use coverImage") String coverImageUrl,
        @Schema(nullable = true) Image coverImage,
        List<Attachment> attachments,
        @Schema(nullable = true, description = "Null until first published") OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(nullable = true, description = "Username of the user who created it (null once that user is deleted)",
                examples = "phongvien") String createdBy,
        long viewCount,
        @Schema(description = "Equals the ETag's value; changes with every write") long version) {

    static EditorArticle of(Article article, Image coverImage, List<Attachment> attachments, String createdBy, ZoneId zone,
                            Instant now) {
        return new EditorArticle(article.id, article.slug, article.status,
                article.status == ArticleStatus.PUBLISHED && article.publishedAt.isAfter(now),
                article.title, article.summary, article.body,
                new CategoryRef(article.category.slug, article.category.name), article.authorName, article.coverImageUrl,
                coverImage, attachments,
                LocalDates.local(article.publishedAt, zone), LocalDates.local(article.createdAt, zone),
                LocalDates.local(article.updatedAt, zone),
                createdBy, article.viewCount, article.version);
    }
}
