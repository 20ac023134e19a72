-- Two ways the search indexes visited far more rows than they returned (EXPLAIN ANALYZE on 100k articles):
--
-- 1. A search whose words are too rare for the recent months asks all time. The index knew the words but not
--    the site, so the planner ANDed in a bitmap of every public article of the site (49,003 rows, 5 ms of a
--    7 ms query). The month lexemes gain one that names the site alone ("s1" beside "s1m202611"): "this site,
--    these words" is then answered inside one index (1.9 ms).
-- 2. Suggest looks for titles holding every word typed, the last as a prefix. The only index with title words
--    also held bodies, so words common in bodies ("nâng cao hiệu quả ph") brought 12,394 rows to learn that
--    24 titles matched (60 ms). A title-only index answers exactly; the unfinished word is indexed as each of
--    its prefixes ("phuong": p, ph, phu, …), so a prefix is one exact key instead of a range of keys that
--    would be gathered into a bitmap before the others could narrow it.

alter table articles add column search_scope tsvector generated always as (
    array_to_tsvector(array[
        's' || site_id::text,
        's' || site_id::text || 'm' || coalesce(
            ((extract(year from published_at at time zone 'UTC') * 100
              + extract(month from published_at at time zone 'UTC'))::int)::text, 'none')])) stored;

drop index articles_search_recent;
alter table articles drop column search_period;
create index articles_search_scope on articles using gin (search_scope, search_all);

-- Every prefix of every title word, accents folded as to_tsvector('vn_unaccent') folds them.
create function title_prefixes(text) returns tsvector
    language sql immutable parallel safe strict
as $$
    select array_to_tsvector(array(
        select distinct left(word, n)
        from unnest(tsvector_to_array(to_tsvector('public.vn_unaccent', $1))) as word,
             generate_series(1, length(word)) as n))
$$;

create index articles_title_terms on articles
    using gin (search_scope, to_tsvector('vn_unaccent', title), title_prefixes(title));

analyze articles;
