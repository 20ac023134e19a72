package vn.portalnews.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleFilter;
import vn.portalnews.article.ArticleService;
import vn.portalnews.article.PublicArticles;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.Paging;
import vn.portalnews.search.SearchQueries.RecentMatches;
import vn.portalnews.search.SearchQueries.ScoredRow;
import vn.portalnews.search.SearchQueries.TitleRow;
import vn.portalnews.site.SiteRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Full-text search over a site's public articles, entirely in PostgreSQL ({@link SearchQueries}).
 *
 * <p>Ranking looks at the window of the {@value #WINDOW} newest matches only: a query as broad as "ủy ban
 * nhân dân" matches nearly every article, and ranking all of them would cost a full scan per request; a
 * reader never pages that deep. Finding that window is most of the cost, since every match the index
 * reports is a visit to its row: the latest {@value #RECENT_ROWS} articles are checked first (enough for words
 * in most of them), then the index by {@link PeriodLadder period}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    static final int WINDOW = 300;
    /** How many of the latest public articles search checks before asking the index. */
    static final int RECENT_ROWS = 600;
    /** How many of the latest public articles suggest checks before asking the index. */
    static final int SUGGEST_RECENT_ROWS = 300;

    private final SearchQueries queries;
    private final ArticleService articles;
    private final CursorCodec cursors;
    private final SpellingCorrector spelling;

    SearchService(SearchQueries queries, ArticleService articles, CursorCodec cursors, SpellingCorrector spelling) {
        this.queries = queries;
        this.articles = articles;
        this.cursors = cursors;
        this.spelling = spelling;
    }

    public SearchPage search(SiteRef site, SearchQuery query, ArticleFilter filter, Paging paging) {
        String scope = "search|" + query.text() + "|" + filter.scope(site.id());
        Position after = paging.cursor() == null ? null : cursors.decode("cursor", scope, paging.cursor());
        PublicArticles candidates = articles.publicArticles(site, filter);
        Long[] window = newestMatches(candidates, query);
        if (window.length == 0 && after == null && paging.offset() == 0) {
            return similarTitles(candidates, query, paging, site);
        }
        KeysetPage<ScoredRow> page = KeysetPage.of(
                queries.scoredPage(window, query, after, paging.limit() + 1, paging.offset()), paging.limit());
        Highlighter highlighter = new Highlighter(query.words());
        List<SearchHit> items = page.map(row -> new SearchHit(row.article().summary(site.zone()),
                new Highlight(highlighter.title(row.article().title()), highlighter.snippet(row.body()))));
        String nextCursor = page.nextCursor(last -> cursors.encode(scope,
                new Position(last.article().publishedAt(), last.article().id(), last.score())));
        if (paging.page() == null) {
            return new SearchPage(items, nextCursor, false, null, null, null);
        }
        long total = window.length;
        return new SearchPage(items, nextCursor, false, paging.page(), total, paging.pages(total));
    }

    /**
     * The ids of the {@value #WINDOW} newest public matches (in no order: scoring orders them): the latest
     * articles when they hold the whole window, since then nothing older can be newer; else the index, by period,
     * ending at {@code to} when the reader asked for an earlier range.
     */
    private Long[] newestMatches(PublicArticles candidates, SearchQuery query) {
        RecentMatches recent = queries.recentMatches(candidates, query.matchQuery(), RECENT_ROWS, WINDOW);
        if (recent.ids().length == WINDOW) {
            return recent.ids();
        }
        Instant end = candidates.to() != null && candidates.to().isBefore(candidates.now()) ? candidates.to() : candidates.now();
        Instant reach = PeriodLadder.probableReach(recent.ids().length, recent.oldest(), WINDOW, end);
        return PeriodLadder.forSearch(candidates.siteId(), end).climb(candidates.from(), reach,
                scopes -> queries.newestInScope(candidates, String.join(" | ", scopes), query.matchQuery(), WINDOW),
                inPeriod -> inPeriod.length == WINDOW);
    }

    /**
     * As-you-type: titles containing every word typed, the last one as a prefix; similar titles otherwise. The
     * vocabulary is asked first: a misspelled word is in no title, and looking for it among the articles would
     * cost a full check of the latest ones before the correction is even tried.
     */
    public Suggestion suggest(SiteRef site, SearchQuery query, int limit) {
        PublicArticles candidates = articles.publicArticles(site, ArticleFilter.NONE);
        SpellingCorrector.Verdict verdict = spelling.check(site, query);
        if (verdict.everyWordKnown()) {
            List<Suggestion.Item> items = titlesWithPrefix(candidates, query, limit);
            if (!items.isEmpty()) {
                return new Suggestion(items, false);
            }
        } else if (verdict.correction().isPresent()) {
            List<Suggestion.Item> items = titlesWithPrefix(candidates, verdict.correction().get(), limit);
            if (!items.isEmpty()) {
                return new Suggestion(items, true);
            }
        }
        return new Suggestion(distinctTitles(queries.similarTitleRows(candidates, query.plainText(), limit * 3), limit), true);
    }

    /**
     * Newest distinct titles holding every word, the last as a prefix: first among the latest
     * {@value #SUGGEST_RECENT_ROWS} articles (the common prefixes most typing starts with are found there), then
     * through the title index by period, like search. That index holds each title word whole and as each of its
     * prefixes, per site and per month, so it returns exactly the matching titles.
     */
    private List<Suggestion.Item> titlesWithPrefix(PublicArticles candidates, SearchQuery query, int limit) {
        // several articles may share a title; fetch extra so that distinct titles still fill the list. Also
        // complete when every row asked for came, though some share a title: older articles cannot come first.
        int rowsWanted = limit * 3;
        Predicate<List<TitleRow>> complete = rows -> rows.size() == rowsWanted || distinctTitles(rows, limit).size() == limit;
        List<TitleRow> recent = queries.titlesAmongLatest(candidates, query.titlePrefixQuery(), SUGGEST_RECENT_ROWS, rowsWanted);
        if (complete.test(recent)) {
            return distinctTitles(recent, limit);
        }
        List<String> words = query.words();
        String finished = String.join(" ", words.subList(0, words.size() - 1));
        String last = words.get(words.size() - 1);
        Instant now = candidates.now();
        Instant reach = PeriodLadder.probableReach(recent.size(),
                recent.isEmpty() ? now : recent.get(recent.size() - 1).publishedAt(), limit, now);
        return distinctTitles(PeriodLadder.forSuggest(candidates.siteId(), now).climb(null, reach,
                scopes -> queries.titlesInScopes(candidates, scopes, finished, last, rowsWanted), complete), limit);
    }

    /** Typo tolerance: nothing matched word for word, so offer titles that look like the query. */
    private SearchPage similarTitles(PublicArticles candidates, SearchQuery query, Paging paging, SiteRef site) {
        // similar is not equal: nothing is marked, the text is only escaped
        Highlighter unmarked = new Highlighter(List.of());
        List<SearchHit> items = queries.similarTitles(candidates, query.plainText(), paging.limit()).stream()
                .map(row -> new SearchHit(row.summary(site.zone()),
                        new Highlight(unmarked.title(row.title()), unmarked.snippet(row.summary()))))
                .toList();
        return paging.page() == null
                ? new SearchPage(items, null, true, null, null, null)
                : new SearchPage(items, null, true, paging.page(), (long) items.size(), items.isEmpty() ? 0L : 1L);
    }

    private static List<Suggestion.Item> distinctTitles(List<TitleRow> rows, int limit) {
        Map<String, Suggestion.Item> byTitle = new LinkedHashMap<>();
        for (TitleRow row : rows) {
            byTitle.putIfAbsent(row.title(), new Suggestion.Item(row.slug(), row.title()));
        }
        return new ArrayList<>(byTitle.values()).subList(0, Math.min(limit, byTitle.size()));
    }
}
