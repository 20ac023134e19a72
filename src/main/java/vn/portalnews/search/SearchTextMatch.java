package vn.portalnews.search;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.editor.TextMatch;

/** The editors' list filters by words the way readers search. */
@ApplicationScoped
class SearchTextMatch implements TextMatch {

    @Override
    public String matchQuery(String parameter, String words) {
        return SearchQuery.parse(parameter, words).matchQuery();
    }
}
