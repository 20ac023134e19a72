package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Paged;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "EditorDocumentPage", description = "Documents in any status, newest created first")
public record EditorDocumentPage(List<Item> items,
                                 @Schema(nullable = true, description = "Pass as cursor for the next page") String nextCursor)
        implements Paged {

    @Schema(name = "EditorDocumentSummary")
    public record Item(long id, @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status, String number,
                       @Schema(description = "The type's name", examples = "Kế hoạch") String type, LocalDate issuedOn,
                       String summary, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }
}
