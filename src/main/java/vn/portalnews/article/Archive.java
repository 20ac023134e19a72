package vn.portalnews.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** "Xem tin theo ngày": which years, months or days of the site's calendar have public news. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Archive", description = "Counts of public articles per year (no parameters), per month (year) or per day (year and month), in the site's zone; only periods with articles are listed")
public record Archive(
        @Schema(description = "The year asked for", examples = "2021") Integer year,
        @Schema(description = "The month asked for", examples = "10") Integer month,
        @Schema(description = "Without year") List<YearCount> years,
        @Schema(description = "With year alone") List<MonthCount> months,
        @Schema(description = "With year and month") List<DayCount> days) {

    @Schema(name = "ArchiveYear")
    public record YearCount(@Schema(examples = "2021") int year, @Schema(examples = "214") long count) {
    }

    @Schema(name = "ArchiveMonth")
    public record MonthCount(@Schema(examples = "10") int month, @Schema(examples = "17") long count) {
    }

    @Schema(name = "ArchiveDay")
    public record DayCount(@Schema(examples = "2021-10-20") String date, @Schema(examples = "3") long count) {
    }
}
