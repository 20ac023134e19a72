package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.media.Attachment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "EditorDocument", description = "A document as editors see it, in any status")
public record EditorDocument(
        long id,
        @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status,
        String number,
        TermRef type,
        TermRef issuer,
        @Schema(nullable = true) TermRef field,
        LocalDate issuedOn,
        @Schema(nullable = true) LocalDate effectiveOn,
        @Schema(nullable = true) LocalDate expiresOn,
        @Schema(nullable = true) Long replacedBy,
        @Schema(nullable = true) String signerName,
        @Schema(nullable = true) String signerTitle,
        String summary,
        @Schema(nullable = true) String fullText,
        List<Attachment> files,
        List<Long> relatedArticles,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(description = "Goes back in If-Match (as \"v<version>\") when updating", examples = "0") long version) {
}
