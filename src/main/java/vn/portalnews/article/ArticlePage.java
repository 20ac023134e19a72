package vn.portalnews.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Paged;
import vn.portalnews.common.Tagged;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArticlePage", description = "One page of articles, newest first")
public record ArticlePage(
        List<ArticleSummary> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Pass as `cursor` for the next page; null on the last page", nullable = true,
                examples = "AQAAAABhb3nYAAAAAAAAAAAAAAQA2n0m3rb0lPm5yq0c")
        String nextCursor,
        @Schema(description = "Only with `page`: the page served", examples = "2") Integer page,
        @Schema(description = "Only with `page`: articles matching the filters", examples = "356") Long totalItems,
        @Schema(description = "Only with `page`: pages of `limit` articles", examples = "18") Long totalPages) implements Tagged, Paged {

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
        return ArticleSummary.cacheTags(items);
    }
}
