package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EditorArticlePage")
public record EditorArticlePage(List<EditorArticleSummary> items,
                                @Schema(description = "Pass as cursor for the next page; null on the last") String nextCursor) {
}
