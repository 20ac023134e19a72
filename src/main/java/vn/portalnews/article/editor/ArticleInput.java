package vn.portalnews.article.editor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Slugs;

import java.util.List;

/**
 * What an editor writes; the same shape creates, replaces (PUT) and, as a merge patch, updates (PATCH). Text
 * fields are stored as given, without surrounding whitespace.
 */
@Schema(name = "ArticleInput", description = "Text fields are stored as given, without surrounding whitespace")
public record ArticleInput(
        @NotBlank @Size(max = 500) @Schema(examples = "Xã An Bình ra quân làm sạch kênh mương") String title,
        @Size(max = 2000) @Schema(description = "Plain text; derived from the body when left out") String summary,
        @NotNull @Size(max = 1_000_000) @Schema(description = "HTML; sanitized with an allow-list on write",
                examples = "<p>Sáng thứ bảy, đoàn viên thanh niên xã đã ra quân...</p>") String body,
        @NotBlank @Size(max = 100) @Schema(description = "Category slug", examples = "tin-tuc-su-kien") String category,
        @Size(max = 200) @Schema(description = "Byline; defaults to the user's display name") String author,
        @Size(max = 2000) @Pattern(regexp = "https?://[^\\s\"'<>]+", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be an absolute http(s) URL")
        @Schema(examples = "https://cdn.example.vn/images/kenh-muong.jpg") String coverImageUrl,
        @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
        @Schema(description = "Lower-case a-z, 0-9 and hyphens; generated from the title when left out",
                examples = "xa-an-binh-ra-quan-lam-sach-kenh-muong") String slug,
        @Valid @Schema(nullable = true, description = "A cover from the media library; its alt text is required "
                + "(here or on the medium)") CoverImageInput coverImage,
        @Size(max = 50) @Schema(nullable = true, description = "Files for download, in order")
        List<@NotNull @Valid AttachmentInput> attachments) {

    /** A library image as the cover, with the alt text it has in this article (the medium's when left out). */
    @Schema(name = "CoverImageInput")
    public record CoverImageInput(
            @NotNull @Positive @Schema(examples = "42") Long id,
            @Size(max = 1000) @Schema(nullable = true, examples = "Đoàn viên thanh niên nạo vét kênh mương") String alt) {
    }

    /** A library medium attached for download, under a title (the medium's original name when left out). */
    @Schema(name = "AttachmentInput")
    public record AttachmentInput(
            @NotNull @Positive @Schema(examples = "43") Long id,
            @Size(max = 500) @Schema(nullable = true, examples = "Kế hoạch ra quân làm sạch kênh mương") String title) {
    }

    /** The attachments, none when left out. */
    public List<AttachmentInput> attachmentList() {
        return attachments == null ? List.of() : attachments;
    }
}
