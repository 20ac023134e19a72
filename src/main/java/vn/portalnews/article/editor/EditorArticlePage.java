package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Paged;

import java.util.List;

@Schema(name = "EditorArticlePage")
public record EditorArticlePage(List<EditorArticleSummary> items,
        @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor)
        implements Paged {
}
