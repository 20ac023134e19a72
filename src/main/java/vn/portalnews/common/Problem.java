package vn.portalnews.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details; {@code invalidParams} lists every rejected input at once. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "https://portal-news.example/problems/invalid-parameter") String type,
        @Schema(examples = "Invalid parameter") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "limit must be between 1 and 100") String detail,
        @Schema(examples = "/api/v1/sites/phong-hai/articles") String instance,
        @Schema(description = "Each rejected input; left out when there is none") List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://portal-news.example/problems/";

    public static Problem of(ProblemType type, String detail, String instance, List<InvalidParam> invalidParams) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, instance, invalidParams);
    }
}
