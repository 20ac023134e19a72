package vn.portalnews.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "VisitStats", description = "The \"Thống kê truy cập\" widget: visits (sessions) per period of the site's calendar")
public record VisitStats(
        @Schema(description = "Distinct visitors seen in the last 5 minutes", examples = "12") long online,
        @Schema(description = "Visits today (local day)", examples = "341") long today,
        @Schema(examples = "402") long yesterday,
        @Schema(description = "Since Monday", examples = "1850") long thisWeek,
        @Schema(examples = "7423") long thisMonth,
        @Schema(examples = "81230") long thisYear,
        @Schema(description = "All visits, including those carried over from an old portal", examples = "809362") long total,
        @Schema(examples = "2026-11-25T09:30:00+07:00") OffsetDateTime asOf) {
}
