package vn.portalnews.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EditorCategory")
public record EditorCategory(@Schema(examples = "an-ninh-quoc-phong") String slug,
                             @Schema(examples = "An ninh - Quốc phòng") String name,
                             @Schema(examples = "3") int position) {

    @Schema(name = "EditorCategoryList")
    public record Page(List<EditorCategory> items) {
    }
}
