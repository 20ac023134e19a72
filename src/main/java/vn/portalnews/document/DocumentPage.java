package vn.portalnews.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.Paged;
import vn.portalnews.common.Tagged;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentPage", description = "Documents, newest issued first (a number searched for first)")
public record DocumentPage(
        List<DocumentSummary> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor,
        @Schema(description = "Numbered pages only", examples = "2") Integer page,
        @Schema(description = "Numbered pages only", examples = "1523") Long totalItems,
        @Schema(description = "Numbered pages only", examples = "77") Long totalPages) implements Tagged, Paged {

    @Override
    public List<String> cacheTags() {
        return items.stream().map(item -> CacheTags.document(item.id())).toList();
    }

    @Override
    public Integer pageNumber() {
        return page;
    }

    @Override
    public Long pageCount() {
        return totalPages;
    }
}
