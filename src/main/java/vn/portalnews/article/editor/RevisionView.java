package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Revision", description = "A saved state of an article's text: who saved it, when, and what")
public record RevisionView(
        @Schema(examples = "3") int revision,
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "Username; null when the user was deleted", examples = "bientap") String editor,
        @Schema(examples = "Trần Thị Bình") String editorName,
        String title,
        String summary,
        String body) {
}
