package vn.portalnews.article.preview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "PreviewLink", description = "A link that shows a draft or scheduled article as its public page would")
public record PreviewLink(
        @Schema(description = "Secret: whoever has it reads the draft until it expires or is revoked") String token,
        @Schema(examples = "/api/v1/sites/xa-an-binh/preview/Zm9v...") String url,
        OffsetDateTime expiresAt) {
}
