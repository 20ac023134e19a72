package vn.portalnews.article.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.article.ArticleSummary;

import java.util.List;

@Schema(name = "ChangePage", description = "What changed since a token: apply `changed`, drop `removed`, keep `next`")
public record ChangePage(
        @Schema(description = "Public articles created or changed (or fallen due), as lists show them") List<ArticleSummary> changed,
        @Schema(description = "Ids of articles that are no longer public (unpublished, archived, deleted, moved)") List<Long> removed,
        @Schema(description = "Pass as `since` next time (now, or with `more` at once)") String next,
        @Schema(description = "More changes are waiting: ask again with `next` right away") boolean more) {
}
