package vn.portalnews.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment", description = "A file attached to an article, for download")
public record Attachment(
        @Schema(examples = "43") long id,
        @Schema(examples = "Kế hoạch tổ chức ngày hội đại đoàn kết") String title,
        @Schema(examples = "/api/v1/media/43-1a2b3c4d5e6f7a8b.pdf") String url,
        @Schema(examples = "ke-hoach-ngay-hoi.pdf") String fileName,
        @Schema(examples = "application/pdf") String mime,
        @Schema(examples = "183211") long bytes) {
}
