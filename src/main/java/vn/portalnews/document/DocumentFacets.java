package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DocumentFacets", description = "Counts for a filter sidebar: each dimension counted with every other "
        + "filter applied and its own left out, so a count says what choosing that value gives")
public record DocumentFacets(List<TermCount> types, List<TermCount> issuers, List<TermCount> fields, List<YearCount> years) {

    @Schema(name = "DocumentTermCount")
    public record TermCount(@Schema(examples = "ke-hoach") String slug, @Schema(examples = "Kế hoạch") String name,
                            @Schema(examples = "42") long count) {
    }

    @Schema(name = "DocumentYearCount")
    public record YearCount(@Schema(examples = "2022") int year, @Schema(examples = "118") long count) {
    }
}
