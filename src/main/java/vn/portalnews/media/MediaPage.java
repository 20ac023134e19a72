package vn.portalnews.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Paged;

import java.util.List;

@Schema(name = "MediaPage", description = "One page of the library, newest first")
public record MediaPage(List<MediaItem> items,
        @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor)
        implements Paged {
}
