package vn.portalnews.category;

import java.util.List;
import java.util.Map;

/**
 * What the category list asks of the article feature, which owns the articles and the rule of which are
 * public: how many public articles each category has.
 */
public interface CategoryArticleCounts {

    /** @return public articles by category id; a category without any may be missing */
    Map<Long, Long> publicArticlesByCategory(List<Long> categoryIds);
}
