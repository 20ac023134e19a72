package vn.portalnews.album;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.media.Image;

import java.time.OffsetDateTime;

@Schema(name = "AlbumSummary", description = "An album as the list of albums shows it")
public record AlbumSummary(
        @Schema(examples = "7") long id,
        @Schema(examples = "le-hoi-dua-ghe-2026") String slug,
        @Schema(examples = "Lễ hội đua ghe truyền thống năm 2026") String title,
        @Schema(examples = "Hình ảnh lễ hội trên sông Hậu") String description,
        @Schema(nullable = true, description = "The first photo") Image cover,
        @Schema(examples = "24") int photoCount,
        @Schema(description = "Editors' draft or published; always true on the public side") boolean published,
        @Schema(examples = "2026-11-20T09:00:00+07:00") OffsetDateTime createdAt,
        @Schema(examples = "2026-11-21T16:30:00+07:00") OffsetDateTime updatedAt) {
}
