package vn.portalnews.album;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.media.Image;

@Schema(name = "AlbumPhoto", description = "One photo of an album, in the editors' order")
public record AlbumPhoto(
        @Schema(examples = "1") int position,
        @Schema(description = "This album's caption, or the medium's", examples = "Các đội ghe xuất phát") String caption,
        Image image) {
}
