package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "DocumentSummary", description = "A document as lists show it; dates are the site's days")
public record DocumentSummary(
        @Schema(examples = "17") long id,
        @Schema(description = "Number and symbol", examples = "13/KH-UBND") String number,
        TermRef type,
        TermRef issuer,
        @Schema(nullable = true) TermRef field,
        @Schema(examples = "2020-01-13") LocalDate issuedOn,
        @Schema(nullable = true, examples = "2020-01-13") LocalDate effectiveOn,
        @Schema(nullable = true) LocalDate expiresOn,
        @Schema(description = "On the site's today", enumeration = {"in_effect", "not_yet_effective", "expired", "replaced"})
        String legalStatus,
        @Schema(description = "Trích yếu", examples = "Kế hoạch thực hiện công tác cải cách hành chính năm 2020") String summary,
        @Schema(nullable = true, examples = "Nguyễn Văn An") String signerName,
        @Schema(nullable = true, examples = "Chủ tịch") String signerTitle) {
}
