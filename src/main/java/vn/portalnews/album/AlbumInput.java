package vn.portalnews.album;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Slugs;

import java.util.List;

/** What an editor writes: the whole album, photos in order (PUT replaces it). */
@Schema(name = "AlbumInput")
public record AlbumInput(
        @NotBlank @Size(max = 300) @Schema(examples = "Lễ hội đua ghe truyền thống năm 2026") String title,
        @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
        @Schema(nullable = true, description = "Generated from the title when left out") String slug,
        @Size(max = 5000) @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "Shown on the public side; false (a draft) when left out") Boolean published,
        @Size(max = 500) @Schema(nullable = true, description = "Library images, in order; each needs alt text")
        List<@NotNull @Valid PhotoInput> photos) {

    @Schema(name = "AlbumPhotoInput")
    public record PhotoInput(@NotNull @Positive @Schema(examples = "42") Long id,
                             @Size(max = 2000) @Schema(nullable = true, description = "The medium's caption when left out")
                             String caption) {
    }

    List<PhotoInput> photoList() {
        return photos == null ? List.of() : photos;
    }
}
