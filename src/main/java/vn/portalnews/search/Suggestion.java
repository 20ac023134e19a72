package vn.portalnews.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Suggestions", description = "Article titles for what is being typed")
public record Suggestion(List<Item> items, @Schema(description = "True when the titles are only similar (typo tolerance)") boolean approximate) {

    @Schema(name = "SuggestionItem")
    public record Item(@Schema(examples = "day-manh-cai-cach-hanh-chinh") String slug,
                       @Schema(examples = "Đẩy mạnh cải cách hành chính") String title) {
    }
}
