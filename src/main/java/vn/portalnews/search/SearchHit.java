package vn.portalnews.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.FieldSelection;
import vn.portalnews.article.ArticleSummary;

@JsonFilter(FieldSelection.FILTER)
@Schema(name = "SearchHit", description = "An article summary with its highlighted title and snippet")
public record SearchHit(@JsonUnwrapped ArticleSummary article, Highlight highlight) {
}
