package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentTermRef", description = "A type, issuing body or field of documents")
public record TermRef(@Schema(examples = "ke-hoach") String slug, @Schema(examples = "Kế hoạch") String name) {

    static TermRef of(String slug, String name) {
        return slug == null ? null : new TermRef(slug, name);
    }
}
