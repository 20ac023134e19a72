package vn.portalnews.category;

import java.util.List;
import java.util.Map;

/**
 * What the category list asks of the article feature, which owns the articles and the rule of which are
 * public: how many public articles each category has, and whether any article at all is filed under one.
 */
public interface CategoryArticleCounts {

    /** @return public articles by category id; a category without any may be missing */
    Map<Long, Long> publicArticlesByCategory(List<Long> categoryIds);

    /** Whether any article, in any status, is filed under the category. */
    boolean hasArticles(long categoryId);
}
