package vn.portalnews.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryRef", description = "The category an article belongs to")
public record CategoryRef(
        @Schema(examples = "cai-cach-hanh-chinh") String slug,
        @Schema(examples = "Cải cách hành chính") String name) {
}
