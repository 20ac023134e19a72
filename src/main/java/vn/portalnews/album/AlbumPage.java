package vn.portalnews.album;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.Paged;
import vn.portalnews.common.Tagged;

import java.util.List;

@Schema(name = "AlbumPage", description = "Albums, newest first")
public record AlbumPage(List<AlbumSummary> items,
                        @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor)
        implements Tagged, Paged {

    @Override
    public List<String> cacheTags() {
        return items.stream().map(album -> CacheTags.album(album.id())).toList();
    }
}
