package vn.portalnews.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.article.ArticleSummary;

@Schema(name = "SearchHit", description = "An article summary with its highlighted title and snippet")
public record SearchHit(@JsonUnwrapped ArticleSummary article, Highlight highlight) {
}
