package vn.portalnews.search;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.PublicArticles;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.sql.NativeSql;

import java.time.Instant;
import java.util.List;

/**
 * The SQL of search and suggest (see V2__search.sql, V5__search_vocabulary.sql,
 * V8__search_scope_and_title_terms.sql). Each statement that fixes its own plan by its shape (a newest-first
 * scan with a LIMIT, an index step inside a materialized CTE, ids joined by primary key) is planned once per
 * connection; the queries they parse ({@code to_tsquery()}) are worked out once per statement in scalar
 * subqueries, not once per row. The trigram fallbacks are planned for their values.
 */
@ApplicationScoped
class SearchQueries {

    /** The newest matches among the latest public articles, and the oldest of those matches. */
    record RecentMatches(Long[] ids, Instant oldest) {
    }

    /** An article as search lists it: its score, summary fields and the body its snippet is cut from. */
    record ScoredRow(double score, ArticleRow article, String body) {
    }

    /** A title suggest offers. */
    record TitleRow(String slug, String title, Instant publishedAt) {
    }

    /** A typed word: whether any title of the site has it (as a prefix, for the last), and the nearest title word if not. */
    record CheckedWord(String word, boolean known, String nearest) {
    }

    private final NativeSql sql;

    SearchQueries(NativeSql sql) {
        this.sql = sql;
    }

    /** One row, the ids in an array, not a row per id: a window travels to the application and back. */
    RecentMatches recentMatches(PublicArticles articles, String match, int latestRows, int limit) {
        return sql.query("select coalesce(array_agg(w.id), '{}') as ids, min(w.published_at) as oldest from ("
                        + newestAmongLatest("a.id, a.published_at", articles.where(), latestRows) + ") w")
                .bindAll(articles.parameters()).bind("match", match).bind("limit", limit)
                .plannedOnce()
                .single(row -> new RecentMatches(row.longs("ids"), row.instant("oldest")));
    }

    /**
     * The ids of the {@code limit} newest matches among the articles whose scope lexemes match {@code scope}.
     * Only the index's own conditions go inside: left to itself, the planner also ANDs in a bitmap of every
     * public article of the site, which costs more than the few rows it would remove.
     */
    Long[] newestInScope(PublicArticles articles, String scope, String match, int limit) {
        return sql.query("""
                        with matched as materialized (
                            select a.id, a.site_id, a.category_id, a.status, a.published_at from articles a
                            where a.search_scope @@ (select to_tsquery('simple', :scope))
                              and a.search_all @@ (select to_tsquery('vn_unaccent', :match)))
                        select coalesce(array_agg(w.id), '{}') as ids
                        from (select a.id from matched a where %s order by a.published_at desc, a.id desc limit :limit) w"""
                        .formatted(articles.where()))
                .bindAll(articles.parameters()).bind("scope", scope).bind("match", match).bind("limit", limit)
                .plannedOnce()
                .single(row -> row.longs("ids"));
    }

    /** The window's articles ranked: best score first, then newest; after {@code after} when given. */
    List<ScoredRow> scoredPage(Long[] window, SearchQuery query, Position after, int limit, int offset) {
        String phrase = query.phraseQuery();
        String exact = query.exactQuery();
        StringBuilder score = new StringBuilder("ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_head, (select to_tsquery('vn_unaccent', :match)))");
        if (phrase != null) {
            score.append(" + case when a.search_head @@ (select to_tsquery('vn_unaccent', :phrase)) then 1 else 0 end");
        }
        if (exact != null) {
            score.append(" + case when a.search_exact @@ (select to_tsquery('simple', :exact)) then 2 else 0 end");
        }
        String position = after == null ? "" : "where (s.score, s.published_at, s.id) < (:afterScore, :afterAt, :afterId)";
        return sql.query("""
                        with scored as (
                            select a.id, a.published_at, (%s)::float8 as score
                            from unnest(cast(:window as bigint[])) as k(id) join articles a on a.id = k.id)
                        select p.score, %s, a.body
                        from (select s.id, s.score, s.published_at from scored s %s
                              order by s.score desc, s.published_at desc, s.id desc limit :limit offset :offset) p
                        join articles a on a.id = p.id
                        join categories c on c.id = a.category_id
                        order by p.score desc, p.published_at desc, p.id desc""".formatted(score, ArticleRow.COLUMNS, position))
                .bind("window", window).bind("match", query.matchQuery())
                .bind("phrase", phrase).bind("exact", exact)
                .bind("afterScore", after == null ? null : after.score())
                .bind("afterAt", after == null ? null : after.at())
                .bind("afterId", after == null ? null : after.id())
                .bind("limit", limit).bind("offset", offset)
                .plannedOnce()
                .list(row -> new ScoredRow(row.doubleValue("score"), ArticleRow.of(row), row.string("body")));
    }

    /** Typo tolerance: titles that look like {@code text}, most similar first. */
    List<ArticleRow> similarTitles(PublicArticles articles, String text, int limit) {
        return sql.query("""
                        select %s from articles a join categories c on c.id = a.category_id
                        where %s and a.title_plain %%> lower(immutable_unaccent(:text))
                        order by word_similarity(lower(immutable_unaccent(:text)), a.title_plain) desc, a.published_at desc, a.id desc
                        limit :limit""".formatted(ArticleRow.COLUMNS, articles.where()))
                .bindAll(articles.parameters()).bind("text", text).bind("limit", limit)
                .list(ArticleRow::of);
    }

    /** Suggest's first step: newest titles matching {@code match} among the latest articles. */
    List<TitleRow> titlesAmongLatest(PublicArticles articles, String match, int latestRows, int limit) {
        return sql.query(newestAmongLatest("a.slug, a.title, a.published_at", articles.where(), latestRows))
                .bindAll(articles.parameters()).bind("match", match).bind("limit", limit)
                .plannedOnce()
                .list(SearchQueries::titleRow);
    }

    /**
     * Newest titles holding every {@code finished} word whole and {@code last} as a prefix, in any of the
     * {@code scopes}, through title_terms(). Only the index's condition inside, as in search;
     * title_terms_query() turns the words into title_terms() lexemes once per statement.
     */
    List<TitleRow> titlesInScopes(PublicArticles articles, List<String> scopes, String finished, String last, int limit) {
        return sql.query("""
                        with matched as materialized (
                            select a.slug, a.title, a.site_id, a.status, a.published_at, a.id from articles a
                            where title_terms(a.site_id, a.published_at, a.title)
                                  @@ (select title_terms_query(cast(:scopes as text[]), :finished, :last)))
                        select a.slug, a.title, a.published_at from matched a where %s
                        order by a.published_at desc, a.id desc limit :limit""".formatted(articles.where()))
                .bindAll(articles.parameters()).bind("scopes", scopes.toArray(String[]::new))
                .bind("finished", finished).bind("last", last).bind("limit", limit)
                .plannedOnce()
                .list(SearchQueries::titleRow);
    }

    /** Suggest's fallback: titles similar to what was typed. */
    List<TitleRow> similarTitleRows(PublicArticles articles, String text, int limit) {
        return sql.query("""
                        select a.slug, a.title, a.published_at from articles a
                        where %s and a.title_plain %%> lower(immutable_unaccent(:text))
                        order by word_similarity(lower(immutable_unaccent(:text)), a.title_plain) desc, a.published_at desc, a.id desc
                        limit :limit""".formatted(articles.where()))
                .bindAll(articles.parameters()).bind("text", text).bind("limit", limit)
                .list(SearchQueries::titleRow);
    }

    /**
     * Each typed word against the site's title vocabulary. The vocabulary only grows, so "known" may be stale
     * (a word of a title since changed) but never wrong the other way: an unknown word is in no title. Trigram
     * neighbours are looked up for unknown words only (a CASE evaluates its subquery only when reached). "known"
     * is worked out once in its own step: written in the select list, the planner copied it into both places
     * that read it.
     */
    List<CheckedWord> checkWords(long siteId, List<String> words) {
        return sql.query("""
                        with checked as materialized (
                            select w.ord, w.word,
                                   case when w.ord = :last
                                        then exists (select 1 from search_vocabulary v where v.site_id = :site
                                                     and v.word >= w.word collate "C" and v.word < w.word || U&'\\+10FFFF' collate "C")
                                        else exists (select 1 from search_vocabulary v where v.site_id = :site and v.word = w.word)
                                   end as known
                            from unnest(cast(:words as text[])) with ordinality as typed(raw, ord),
                                 lateral (select lower(immutable_unaccent(typed.raw)) as word, typed.ord) as w)
                        select c.word, c.known,
                               case when c.known then null else
                                   (select v.word from search_vocabulary v where v.site_id = :site and v.word % c.word
                                    order by similarity(v.word, c.word) desc, v.word limit 1) end as nearest
                        from checked c
                        order by c.ord""")
                .bind("site", siteId).bind("last", (long) words.size()).bind("words", words.toArray(String[]::new))
                .list(row -> new CheckedWord(row.string("word"), row.bool("known"), row.string("nearest")));
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

    private static TitleRow titleRow(vn.portalnews.common.sql.Row row) throws java.sql.SQLException {
        return new TitleRow(row.string("slug"), row.string("title"), row.instant("published_at"));
    }
}
