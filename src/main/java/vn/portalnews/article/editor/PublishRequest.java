package vn.portalnews.article.editor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PublishRequest")
public record PublishRequest(
        @Schema(description = "When it becomes public; omitted: now. A future instant schedules it: public exactly "
                + "from then, with no job in between.", examples = "2026-12-01T01:00:00Z") Instant at) {
}
