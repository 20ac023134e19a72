package vn.portalnews.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImageVariant", description = "One stored size of an image, for srcset")
public record ImageVariant(
        @Schema(examples = "640") int width,
        @Schema(examples = "427") int height,
        @Schema(enumeration = {"webp", "jpeg"}, examples = "webp") String format,
        @Schema(examples = "/api/v1/media/42-9f86d081884c7d65-640.webp") String url) {
}
