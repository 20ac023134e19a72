package vn.portalnews.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Category", description = "A section of a site's news with its number of public articles")
public record CategoryView(
        @Schema(examples = "cai-cach-hanh-chinh") String slug,
        @Schema(examples = "Cải cách hành chính") String name,
        @Schema(examples = "42") long articleCount) {
}
