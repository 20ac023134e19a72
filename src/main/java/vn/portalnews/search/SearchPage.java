package vn.portalnews.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.common.Paged;
import vn.portalnews.common.Tagged;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchPage", description = "Search results, best first")
public record SearchPage(
        List<SearchHit> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true) String nextCursor,
        @Schema(description = "True when nothing matched exactly and these titles are only similar (typo tolerance)")
        boolean approximate,
        @Schema(description = "Only with `page`") Integer page,
        @Schema(description = "Only with `page`: matches, at most the search window") Long totalItems,
        @Schema(description = "Only with `page`") Long totalPages) implements Tagged, Paged {

    @Override
    public Integer pageNumber() {
        return page;
    }

    @Override
    public Long pageCount() {
        return totalPages;
    }

    @Override
    public List<String> cacheTags() {
        return ArticleSummary.cacheTags(items.stream().map(SearchHit::article).toList());
    }
}
