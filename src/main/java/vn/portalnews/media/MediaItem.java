package vn.portalnews.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "MediaItem", description = "A medium in the editors' library")
public record MediaItem(
        @Schema(examples = "42") long id,
        MediaKind kind,
        @Schema(examples = "/api/v1/media/42-9f86d081884c7d65.jpg") String url,
        @Schema(description = "ASCII name made from the original", examples = "hoi-nghi-tong-ket.jpg") String fileName,
        @Schema(description = "The name it was uploaded with", examples = "Hội nghị tổng kết.jpg") String originalName,
        @Schema(examples = "image/jpeg") String mime,
        @Schema(description = "Bytes of the file the URL serves", examples = "412345") long bytes,
        @Schema(description = "Images only", nullable = true, examples = "2400") Integer width,
        @Schema(description = "Images only", nullable = true, examples = "1600") Integer height,
        @Schema(examples = "Hội nghị tổng kết công tác năm") String alt,
        @Schema(examples = "Quang cảnh hội nghị") String caption,
        @Schema(examples = "Ảnh: Văn phòng UBND xã") String credit,
        @Schema(description = "Images only; empty for files") List<ImageVariant> variants,
        @Schema(examples = "2026-11-30T09:15:00+07:00") OffsetDateTime createdAt,
        @Schema(examples = "2026-11-30T09:20:00+07:00") OffsetDateTime updatedAt,
        @Schema(description = "Goes back in If-Match (as \"v<version>\") when updating", examples = "0") long version) {
}
