package vn.portalnews.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Slugs;

@Schema(name = "CategoryInput")
public record CategoryInput(
        @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE)
        @Schema(description = "Generated from the name when left out; on update, left out keeps it",
                examples = "an-ninh-quoc-phong") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "An ninh - Quốc phòng") String name,
        @Min(0) @Max(100_000) @Schema(description = "Order in menus, smallest first; new categories go last when left out",
                examples = "3") Integer position) {
}
