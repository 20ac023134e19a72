package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.article.ArticleStatus;
import vn.portalnews.article.CategoryRef;

import java.time.OffsetDateTime;

@Schema(name = "EditorArticleSummary", description = "An article in the editors' list")
public record EditorArticleSummary(
        long id,
        String slug,
        ArticleStatus status,
        boolean scheduled,
        String title,
        CategoryRef category,
        String author,
        @Schema(nullable = true, description = "Username of the creator; null once that user is deleted") String createdBy,
        @Schema(nullable = true, description = "Null until first published") OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {
}
