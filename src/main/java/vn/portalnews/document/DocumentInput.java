package vn.portalnews.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A document as an editor writes it, whole (PUT replaces it). Terms are named by slug. */
@Schema(name = "DocumentInput")
public record DocumentInput(
        @NotBlank @Size(max = 64) @Schema(description = "Type (slug)", examples = "ke-hoach") String type,
        @NotBlank @Size(max = 64) @Schema(description = "Issuing body (slug)", examples = "ubnd-xa") String issuer,
        @Size(max = 64) @Schema(nullable = true, description = "Field, \"lĩnh vực\" (slug)", examples = "cai-cach-hanh-chinh") String field,
        @NotBlank @Size(max = 60) @Pattern(regexp = ".*\\d.*", message = "must contain the document's number")
        @Schema(description = "Number and symbol as written on the document", examples = "13/KH-UBND") String number,
        @NotNull @Schema(examples = "2020-01-13") LocalDate issuedOn,
        @Schema(nullable = true, description = "On or after issuedOn; the issue date when left out") LocalDate effectiveOn,
        @Schema(nullable = true, description = "On or after the effective date") LocalDate expiresOn,
        @Positive @Schema(nullable = true, description = "The document of the same site that replaced this one") Long replacedBy,
        @Size(max = 200) @Schema(nullable = true, examples = "Nguyễn Văn An") String signerName,
        @Size(max = 200) @Schema(nullable = true, examples = "Chủ tịch") String signerTitle,
        @NotBlank @Size(max = 2000) @Schema(description = "Trích yếu",
                examples = "Kế hoạch thực hiện công tác cải cách hành chính năm 2020") String summary,
        @Size(max = 500_000) @Schema(nullable = true, description = "Plain text") String fullText,
        @Size(max = 20) @Schema(nullable = true, description = "Library files (or images), in order") List<@NotNull @Valid FileInput> files,
        @Size(max = 50) @Schema(nullable = true, description = "Articles of the site about this document")
        List<@NotNull @Positive Long> relatedArticles) {

    @Schema(name = "DocumentFileInput")
    public record FileInput(@NotNull @Positive @Schema(examples = "42") Long id,
                            @Size(max = 300) @Schema(nullable = true, description = "The file's original name when left out") String title) {
    }

    List<FileInput> fileList() {
        return files == null ? List.of() : files;
    }

    List<Long> relatedList() {
        return relatedArticles == null ? List.of() : relatedArticles.stream().distinct().toList();
    }
}
