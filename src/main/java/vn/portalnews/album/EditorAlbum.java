package vn.portalnews.album;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "EditorAlbum", description = "An album as editors see it, with all its photos")
public record EditorAlbum(long id, String slug, String title, String description, boolean published, int photoCount,
                          List<AlbumPhoto> photos, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          @Schema(description = "Goes back in If-Match (as \"v<version>\")") long version) {
}
