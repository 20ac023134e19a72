package vn.portalnews.stats;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.common.Tagged;

import java.util.List;

@Schema(name = "PopularArticles", description = "Most-viewed public articles of a period")
public record PopularArticles(String period, List<Item> items) implements Tagged {

    @Override
    public List<String> cacheTags() {
        return ArticleSummary.cacheTags(items.stream().map(Item::article).toList());
    }

    @Schema(name = "PopularArticle")
    public record Item(@JsonUnwrapped ArticleSummary article,
                       @Schema(description = "Views counted in the period", examples = "57") long periodViews) {
    }
}
