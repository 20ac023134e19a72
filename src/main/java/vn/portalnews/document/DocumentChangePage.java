package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DocumentChangePage", description = "Documents changed since a token: apply `changed`, drop `removed`, keep `next`")
public record DocumentChangePage(
        @Schema(description = "Published documents created or changed, as lists show them; legalStatus as of this answer "
                + "(the dates let an app judge it later)") List<DocumentSummary> changed,
        @Schema(description = "Ids of documents that are no longer published") List<Long> removed,
        @Schema(description = "Pass as `since` next time") String next,
        @Schema(description = "More changes are waiting: ask again with `next` right away") boolean more) {
}
