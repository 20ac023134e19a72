package vn.portalnews.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Slugs;

/**
 * One page view. Only the article matters to the counters; a hit without one counts as a visit and a page
 * view. Beacons written for earlier versions also send {@code path} and {@code referrer}: they are accepted
 * and ignored, since nothing is counted by them and storing them per page would let anyone grow the database.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "Hit", description = "One page view reported by the frontend; other fields are ignored")
public record HitRequest(
        @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = "must be an article slug")
        @Schema(description = "Slug of the article shown, if any", examples = "cong-tac-cai-cach-hanh-chinh") String article) {
}
