package vn.portalnews.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DailyStats", description = "Visits, distinct visitors and page views per local day; days without traffic included")
public record DailyStats(List<Day> days) {

    @Schema(name = "DailyStatsDay")
    public record Day(@Schema(examples = "2026-11-24") String date, @Schema(examples = "402") long visits,
                      @Schema(examples = "350") long visitors, @Schema(examples = "1204") long pageviews) {
    }
}
