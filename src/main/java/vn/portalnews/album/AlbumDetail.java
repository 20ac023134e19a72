package vn.portalnews.album;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.Paged;
import vn.portalnews.common.Tagged;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "AlbumDetail", description = "An album with one page of its photos, in order")
public record AlbumDetail(
        @Schema(examples = "7") long id,
        @Schema(examples = "le-hoi-dua-ghe-2026") String slug,
        @Schema(examples = "Lễ hội đua ghe truyền thống năm 2026") String title,
        String description,
        @Schema(examples = "24") int photoCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<AlbumPhoto> photos,
        @Schema(nullable = true, description = "Pass as cursor for the next photos; null on the last") String nextCursor)
        implements Tagged, Paged {

    @Override
    public List<String> cacheTags() {
        return List.of(CacheTags.album(id));
    }
}
