package vn.portalnews.article;

import java.util.List;

@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RelatedArticles",
        description = "Other news for an article page (\"Các tin khác\")")
public record RelatedList(List<ArticleSummary> items) {
}
