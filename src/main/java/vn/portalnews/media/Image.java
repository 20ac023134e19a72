package vn.portalnews.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An image as articles and albums show it: a frontend builds {@code srcset} from the variants. */
@Schema(name = "Image", description = "An image from the media library with its stored sizes; URLs are immutable")
public record Image(
        @Schema(examples = "42") long id,
        @Schema(description = "The full-size image, without metadata", examples = "/api/v1/media/42-9f86d081884c7d65.jpg") String url,
        @Schema(examples = "Hội nghị tổng kết công tác năm tại hội trường Ủy ban nhân dân xã") String alt,
        @Schema(examples = "Quang cảnh hội nghị") String caption,
        @Schema(examples = "Ảnh: Văn phòng UBND xã") String credit,
        @Schema(examples = "2400") int width,
        @Schema(examples = "1600") int height,
        @Schema(examples = "image/jpeg") String mime,
        @Schema(examples = "412345") long bytes,
        @Schema(description = "Smaller sizes in WebP and JPEG, smallest first") List<ImageVariant> variants) {

    /** The URL of the largest variant in {@code format} ("webp", "jpeg"); the original's when there is none. */
    public String largest(String format) {
        String largest = url;
        for (ImageVariant variant : variants) {
            if (variant.format().equals(format)) {
                largest = variant.url();
            }
        }
        return largest;
    }
}
