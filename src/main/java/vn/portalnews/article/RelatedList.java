package vn.portalnews.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Tagged;

import java.util.List;

@Schema(name = "RelatedArticles", description = "Other news for an article page (\"Các tin khác\")")
public record RelatedList(List<ArticleSummary> items) implements Tagged {

    @Override
    public List<String> cacheTags() {
        return ArticleSummary.cacheTags(items);
    }
}
