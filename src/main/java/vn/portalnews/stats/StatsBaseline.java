package vn.portalnews.stats;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatsBaseline", description = "Visits counted by an old portal, added to the statistics' total")
public record StatsBaseline(@NotNull @Min(0) @Max(1_000_000_000_000L) @Schema(examples = "1250000") Long total) {
}
