package vn.portalnews.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.portalnews.article.ArticleFilter;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.article.Paging;
import vn.portalnews.category.CategoryService;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.NativeValues;
import vn.portalnews.common.PreparedSql;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Full-text search over a site's public articles, entirely in PostgreSQL (see V2__search.sql,
 * V5__search_vocabulary.sql, V8__search_scope_and_title_terms.sql).
 *
 * <p>Ranking looks at the window of the {@value #WINDOW} newest matches only: a query as broad as "ủy ban
 * nhân dân" matches nearly every article, and ranking all of them would cost a full scan per request; a
 * reader never pages that deep. Finding that window is most of the cost, since every match the index
 * reports is a visit to its row; {@link #newestMatches} keeps those visits few.
 *
 * <p>Each statement fixes its own plan by its shape (a newest-first scan with a LIMIT, an index step inside a
 * materialized CTE, ids joined by primary key), so the frequent ones run through {@link PreparedSql} and are
 * planned once per connection; the queries they parse (to_tsquery()) are worked out once per statement in
 * scalar subqueries, not once per row.
 */
@ApplicationScoped
public class SearchService {

    static final int WINDOW = 300;
    /** How many of the latest public articles search and suggest check before asking the index. */
    static final int RECENT_ROWS = 600;
    /** How many of the latest public articles suggest checks before asking the index. */
    static final int SUGGEST_RECENT_ROWS = 300;
    private static final String PUBLIC = "a.site_id = :site and a.status = 'PUBLISHED' and a.published_at <= :now";
    private static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.title, a.summary, a.author_name, c.slug as category_slug, c.name as category_name,
            a.published_at, a.updated_at, a.view_count, a.cover_image_url""";

    private final EntityManager entityManager;
    private final PreparedSql prepared;
    private final CategoryService categories;
    private final CursorCodec cursors;
    private final SpellingCorrector spelling;
    private final Clock clock;

    SearchService(EntityManager entityManager, PreparedSql prepared, CategoryService categories, CursorCodec cursors,
                  SpellingCorrector spelling, Clock clock) {
        this.entityManager = entityManager;
        this.prepared = prepared;
        this.categories = categories;
        this.cursors = cursors;
        this.spelling = spelling;
        this.clock = clock;
    }

    public SearchPage search(SiteRef site, SearchQuery query, ArticleFilter filter, Paging paging) {
        String scope = "search|" + query.text() + "|" + filter.scope(site.id());
        Position after = paging.cursor() == null ? null : cursors.decode("cursor", scope, paging.cursor());
        int offset = paging.page() == null ? 0 : (paging.page() - 1) * paging.limit();
        Long[] window = newestMatches(site, query, filter);
        if (window.length == 0 && after == null && offset == 0) {
            return similarTitles(site, query, filter, paging);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("window", window);
        parameters.put("match", query.matchQuery());

        String phrase = query.phraseQuery();
        String exact = query.exactQuery();
        StringBuilder score = new StringBuilder("ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_head, (select to_tsquery('vn_unaccent', :match)))");
        if (phrase != null) {
            score.append(" + case when a.search_head @@ (select to_tsquery('vn_unaccent', :phrase)) then 1 else 0 end");
            parameters.put("phrase", phrase);
        }
        if (exact != null) {
            score.append(" + case when a.search_exact @@ (select to_tsquery('simple', :exact)) then 2 else 0 end");
            parameters.put("exact", exact);
        }
        String scored = """
                with scored as (
                    select a.id, a.published_at, (%s)::float8 as score
                    from unnest(cast(:window as bigint[])) as k(id) join articles a on a.id = k.id)
                """.formatted(score);
        String position = "";
        if (after != null) {
            position = "where (s.score, s.published_at, s.id) < (:afterScore, :afterAt, :afterId)";
            parameters.put("afterScore", after.score());
            parameters.put("afterAt", after.publishedAt());
            parameters.put("afterId", after.id());
        }
        String page = scored + """
                select p.score, %s, a.body
                from (select s.id, s.score, s.published_at from scored s %s
                      order by s.score desc, s.published_at desc, s.id desc limit :limit offset :offset) p
                join articles a on a.id = p.id
                join categories c on c.id = a.category_id
                order by p.score desc, p.published_at desc, p.id desc""".formatted(SUMMARY_COLUMNS, position);
        parameters.put("limit", paging.limit() + 1);
        parameters.put("offset", offset);
        List<Object[]> rows = prepared.rows(page, parameters);
        boolean more = rows.size() > paging.limit();
        List<Object[]> shown = more ? rows.subList(0, paging.limit()) : rows;
        Highlighter highlighter = new Highlighter(query.words());
        List<SearchHit> items = shown.stream().map(row -> new SearchHit(summary(row, 1, site),
                new Highlight(highlighter.title((String) row[3]), highlighter.snippet((String) row[12])))).toList();
        String nextCursor = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            nextCursor = cursors.encode(scope, new Position(NativeValues.instant(last[8]), ((Number) last[1]).longValue(),
                    ((Number) last[0]).doubleValue()));
        }
        if (paging.page() == null) {
            return new SearchPage(items, nextCursor, false, null, null, null);
        }
        long total = window.length;
        return new SearchPage(items, nextCursor, false, paging.page(), total, (total + paging.limit() - 1) / paging.limit());
    }

    /**
     * The ids of the site's {@value #WINDOW} newest public matches (in no order: scoring orders them), visiting
     * as few articles as the words allow. Each step below returns them when it finds the whole window, since
     * then nothing it did not look at can be newer:
     * <ol>
     *   <li>the latest {@value #RECENT_ROWS} public articles, newest first: enough for words in most of them
     *       ("ủy ban nhân dân");</li>
     *   <li>the index, asked only for this site's matches of a recent {@link #periods period} (ending at
     *       {@code to}, when the reader asked for an earlier range), through the site-and-month and site-and-year
     *       lexemes of each article (V8__search_scope_and_title_terms.sql): a word in 4% of the articles then
     *       costs a few hundred visits instead of thousands. A period is skipped when the density of matches
     *       among the latest articles says it is too short to hold the window; one that reaches back past
     *       {@code from} holds every match there is;</li>
     *   <li>all time, through the lexeme naming the site alone, for rare words, whose matches are few anyway.</li>
     * </ol>
     */
    private Long[] newestMatches(SiteRef site, SearchQuery query, ArticleFilter filter) {
        Instant now = clock.instant();
        Map<String, Object> parameters = new HashMap<>();
        String where = filtered(site, filter, now, parameters);
        parameters.put("match", query.matchQuery());
        parameters.put("limit", WINDOW);
        // One row, the ids in an array, not a row per id: a window travels to the application and back.
        Object[] recent = prepared.rows("""
                select coalesce(array_agg(w.id), '{}'), min(w.published_at) from (%s) w"""
                .formatted(newestAmongLatest("a.id, a.published_at", where, RECENT_ROWS)), parameters)
                .get(0);
        Long[] inRecent = ids(recent[0]);
        if (inRecent.length == WINDOW) {
            return inRecent;
        }
        Instant end = filter.to() != null && filter.to().isBefore(now) ? filter.to() : now;
        Instant reach = probableReach(inRecent.length, NativeValues.instant(recent[1]), WINDOW, end);
        return byPeriod(site, periods(site, end, true), filter.from(), reach,
                scopes -> newestInScope(String.join(" | ", scopes), where, parameters), inPeriod -> inPeriod.length == WINDOW);
    }

    /**
     * Asks {@code inScope} for the site's articles of each period in turn, then of all time, and returns the
     * first answer that is {@code complete}: newest first, a complete answer from a period holds everything
     * newer than the period leaves out. A period that starts after {@code reach} (see {@link #probableReach}) is
     * skipped; one that reaches back past {@code from} holds every match there is.
     */
    private static <T> T byPeriod(SiteRef site, List<Period> periods, Instant from, Instant reach,
                                  Function<List<String>, T> inScope, Predicate<T> complete) {
        for (Period period : periods) {
            if (period.start().isAfter(reach)) {
                continue;
            }
            T inPeriod = inScope.apply(period.scopes());
            if (complete.test(inPeriod) || from != null && !period.start().isAfter(from)) {
                return inPeriod;
            }
        }
        return inScope.apply(List.of(siteLexeme(site)));
    }

    /**
     * A stretch of time from {@code start} to the end of the range asked for, and the scope lexemes that name a
     * site's articles published in it.
     */
    private record Period(Instant start, List<String> scopes) {
    }

    /**
     * The periods asked before all time, each a few lexemes (GIN walks every one ORed, so sixteen month lexemes
     * cost more than all time): the month of {@code end}, the four months up to it and, when {@code byYear}, the
     * year of {@code end} and the year before (title_terms() has no year lexemes). Months and years are UTC's,
     * as stored.
     */
    private static List<Period> periods(SiteRef site, Instant end, boolean byYear) {
        YearMonth lastMonth = YearMonth.from(end.atZone(ZoneOffset.UTC));
        List<Period> periods = new ArrayList<>();
        for (int months : new int[]{1, 4}) {
            List<String> scopes = new ArrayList<>();
            for (int back = 0; back < months; back++) {
                YearMonth month = lastMonth.minusMonths(back);
                scopes.add(siteLexeme(site) + "m" + (month.getYear() * 100 + month.getMonthValue()));
            }
            periods.add(new Period(startOf(lastMonth.minusMonths(months - 1L)), scopes));
        }
        if (byYear) {
            int year = lastMonth.getYear();
            periods.add(new Period(startOf(YearMonth.of(year - 1, 1)),
                    List.of(siteLexeme(site) + "y" + year, siteLexeme(site) + "y" + (year - 1))));
        }
        return periods;
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The ids of the {@code :limit} newest matches of {@code :match} among the articles whose scope lexemes match
     * {@code scope}. Only the
     * index's own conditions go inside: left to itself, the planner also ANDs in a bitmap of every public article
     * of the site, which costs more than the few rows it would remove.
     */
    private Long[] newestInScope(String scope, String where, Map<String, Object> parameters) {
        Map<String, Object> scoped = new HashMap<>(parameters);
        scoped.put("scope", scope);
        return ids(prepared.rows("""
                with matched as materialized (
                    select a.id, a.site_id, a.category_id, a.status, a.published_at from articles a
                    where a.search_scope @@ (select to_tsquery('simple', :scope))
                      and a.search_all @@ (select to_tsquery('vn_unaccent', :match)))
                select coalesce(array_agg(w.id), '{}')
                from (select a.id from matched a where %s order by a.published_at desc, a.id desc limit :limit) w"""
                .formatted(where), scoped).get(0)[0]);
    }

    private static Long[] ids(Object array) {
        return Arrays.stream((Object[]) array).map(id -> ((Number) id).longValue()).toArray(Long[]::new);
    }

    /**
     * How far back from {@code end} the newest {@code wanted} matches probably reach, judged by how densely they
     * occur among the latest articles ({@code found} of them there, the {@code oldest} published then): a period
     * that starts later would be asked in vain. {@code end} itself when nothing matched there, for want of a
     * measure.
     */
    private static Instant probableReach(int found, Instant oldest, int wanted, Instant end) {
        return found == 0 ? end : end.minus(Duration.between(oldest, end).multipliedBy(wanted).dividedBy(found));
    }

    /**
     * The {@code :limit} newest matches of {@code :match} among the latest {@code latestRows} public articles:
     * checking a few hundred recent rows in order beats visiting every match the index finds when the words are
     * common, and when the limit is reached, nothing skipped can be newer.
     */
    private static String newestAmongLatest(String columns, String where, int latestRows) {
        return """
                select %s from (
                    select a.id, a.slug, a.title, a.published_at, a.search_all from articles a
                    where %s order by a.published_at desc, a.id desc limit %d) a
                where a.search_all @@ (select to_tsquery('vn_unaccent', :match))
                order by a.published_at desc, a.id desc limit :limit""".formatted(columns, where, latestRows);
    }

    /** "s1": every article of the site has it. */
    private static String siteLexeme(SiteRef site) {
        return "s" + site.id();
    }

    /**
     * As-you-type: titles containing every word typed, the last one as a prefix; similar titles otherwise. The
     * vocabulary is asked first: a misspelled word is in no title, and looking for it among the articles would
     * cost a full check of the latest ones before the correction is even tried.
     */
    public Suggestion suggest(SiteRef site, SearchQuery query, int limit) {
        Instant now = clock.instant();
        Map<String, Object> parameters = new HashMap<>();
        String where = filtered(site, new ArticleFilter(null, null, null), now, parameters);
        SpellingCorrector.Verdict verdict = spelling.check(site, query);
        if (verdict.everyWordKnown()) {
            List<Suggestion.Item> items = titlesWithPrefix(site, now, where, parameters, query, limit);
            if (!items.isEmpty()) {
                return new Suggestion(items, false);
            }
        } else if (verdict.correction().isPresent()) {
            List<Suggestion.Item> items = titlesWithPrefix(site, now, where, parameters, verdict.correction().get(), limit);
            if (!items.isEmpty()) {
                return new Suggestion(items, true);
            }
        }
        Query similar = entityManager.createNativeQuery("""
                select a.slug, a.title from articles a
                where %s and a.title_plain %%> lower(immutable_unaccent(:text))
                order by word_similarity(lower(immutable_unaccent(:text)), a.title_plain) desc, a.published_at desc, a.id desc
                limit :limit""".formatted(where));
        parameters.forEach(similar::setParameter);
        return new Suggestion(distinctTitles(rows(similar.setParameter("text", query.plainText())
                .setParameter("limit", limit * 3)), limit), true);
    }

    /**
     * Newest distinct titles holding every word, the last as a prefix: first among the latest
     * {@value #SUGGEST_RECENT_ROWS} articles (the common prefixes most typing starts with are found there), then
     * through the title index by period, like search. That index holds each title word whole and as each of its
     * prefixes, per site and per month, so it returns exactly the matching titles (V8__search_scope_and_title_terms.sql).
     */
    private List<Suggestion.Item> titlesWithPrefix(SiteRef site, Instant now, String where, Map<String, Object> parameters,
                                                   SearchQuery query, int limit) {
        // several articles may share a title; fetch extra so that distinct titles still fill the list. Also
        // complete when every row asked for came, though some share a title: older articles cannot come first.
        int rowsWanted = limit * 3;
        Predicate<List<Object[]>> complete = rows -> rows.size() == rowsWanted || distinctTitles(rows, limit).size() == limit;
        Map<String, Object> prefix = new HashMap<>(parameters);
        prefix.put("match", query.titlePrefixQuery());
        prefix.put("limit", rowsWanted);
        List<Object[]> recent = prepared.rows(newestAmongLatest("a.slug, a.title, a.published_at", where, SUGGEST_RECENT_ROWS), prefix);
        if (complete.test(recent)) {
            return distinctTitles(recent, limit);
        }
        Map<String, Object> indexed = new HashMap<>(parameters);
        indexed.put("finished", String.join(" ", query.words().subList(0, query.words().size() - 1)));
        indexed.put("last", query.words().get(query.words().size() - 1));
        indexed.put("limit", rowsWanted);
        // Only the index's condition inside, as in search; title_terms_query() turns the words into title_terms()
        // lexemes once per statement.
        String sql = """
                with matched as materialized (
                    select a.slug, a.title, a.site_id, a.status, a.published_at, a.id from articles a
                    where title_terms(a.site_id, a.published_at, a.title)
                          @@ (select title_terms_query(cast(:scopes as text[]), :finished, :last)))
                select a.slug, a.title from matched a where %s
                order by a.published_at desc, a.id desc limit :limit""".formatted(where);
        Instant reach = probableReach(recent.size(), recent.isEmpty() ? now : NativeValues.instant(recent.get(recent.size() - 1)[2]),
                limit, now);
        return distinctTitles(byPeriod(site, periods(site, now, false), null, reach, scopes -> {
            indexed.put("scopes", scopes.toArray(String[]::new));
            return prepared.rows(sql, indexed);
        }, complete), limit);
    }

    /** Typo tolerance: nothing matched word for word, so offer titles that look like the query. */
    private SearchPage similarTitles(SiteRef site, SearchQuery query, ArticleFilter filter, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filtered(site, filter, clock.instant(), parameters);
        Query similar = entityManager.createNativeQuery("""
                select 0, %s from articles a join categories c on c.id = a.category_id
                where %s and a.title_plain %%> lower(immutable_unaccent(:text))
                order by word_similarity(lower(immutable_unaccent(:text)), a.title_plain) desc, a.published_at desc, a.id desc
                limit :limit""".formatted(SUMMARY_COLUMNS, where));
        parameters.forEach(similar::setParameter);
        // similar is not equal: nothing is marked, the text is only escaped
        Highlighter unmarked = new Highlighter(List.of());
        List<SearchHit> items = rows(similar.setParameter("text", query.plainText()).setParameter("limit", paging.limit()))
                .stream().map(row -> new SearchHit(summary(row, 1, site),
                        new Highlight(unmarked.title((String) row[3]), unmarked.snippet((String) row[4]))))
                .toList();
        return paging.page() == null
                ? new SearchPage(items, null, true, null, null, null)
                : new SearchPage(items, null, true, paging.page(), (long) items.size(), items.isEmpty() ? 0L : 1L);
    }

    private String filtered(SiteRef site, ArticleFilter filter, Instant now, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(PUBLIC);
        parameters.put("site", site.id());
        parameters.put("now", now);
        if (filter.categorySlug() != null) {
            where.append(" and a.category_id = :category");
            parameters.put("category", categories.requireId(site, "category", filter.categorySlug()));
        }
        if (filter.from() != null) {
            where.append(" and a.published_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and a.published_at < :to");
            parameters.put("to", filter.to());
        }
        return where.toString();
    }

    private static List<Suggestion.Item> distinctTitles(List<Object[]> rows, int limit) {
        Map<String, Suggestion.Item> byTitle = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byTitle.putIfAbsent((String) row[1], new Suggestion.Item((String) row[0], (String) row[1]));
        }
        return new ArrayList<>(byTitle.values()).subList(0, Math.min(limit, byTitle.size()));
    }

    private static ArticleSummary summary(Object[] row, int from, SiteRef site) {
        return ArticleSummary.of(new ArticleRow(((Number) row[from]).longValue(), (String) row[from + 1],
                (String) row[from + 2], (String) row[from + 3], (String) row[from + 4], (String) row[from + 5],
                (String) row[from + 6], NativeValues.instant(row[from + 7]), NativeValues.instant(row[from + 8]),
                ((Number) row[from + 9]).longValue(), (String) row[from + 10]), site.zone());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
