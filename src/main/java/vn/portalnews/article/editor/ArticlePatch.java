package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The contract's shape of a merge patch (RFC 7396) of an article: every field optional, null resets an optional
 * one. Documentation only: the resource merges the JSON into the article's {@link ArticleInput} and validates that.
 */
@Schema(name = "ArticlePatch", description = "Only the fields to change; null resets an optional field to its default")
public record ArticlePatch(
        @Schema(maxLength = 500) String title,
        @Schema(nullable = true, maxLength = 2000) String summary,
        @Schema(maxLength = 1_000_000) String body,
        @Schema(description = "Category slug") String category,
        @Schema(nullable = true, maxLength = 200) String author,
        @Schema(nullable = true, deprecated = true, description = "Use coverImage") String coverImageUrl,
        @Schema(pattern = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
        @Schema(nullable = true) ArticleInput.CoverImageInput coverImage,
        @Schema(nullable = true) List<ArticleInput.AttachmentInput> attachments) {
}
