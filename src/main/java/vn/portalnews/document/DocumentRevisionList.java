package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "DocumentRevisionList", description = "Saved versions of a document, newest first")
public record DocumentRevisionList(List<Item> items, @Schema(nullable = true) String nextCursor) implements vn.portalnews.common.Paged {

    @Schema(name = "DocumentRevision")
    public record Item(int revision, OffsetDateTime createdAt, @Schema(nullable = true) String editor,
                       @Schema(description = "The document as saved") DocumentInput content) {
    }
}
