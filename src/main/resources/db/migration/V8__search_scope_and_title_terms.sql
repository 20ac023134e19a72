-- Two ways the search indexes visited far more entries than they returned (EXPLAIN ANALYZE on 100k articles):
--
-- 1. A search whose words are too rare for the recent months asks all time. The index knew the words but not
--    the site, so the planner ANDed in a bitmap of every public article of the site (49,003 rows, 5 ms of a
--    7 ms query). And the longest period, sixteen month lexemes ORed, cost more than all time: GIN walks every
--    one of them. The scope now also names the site alone ("s1") and the year ("s1y2026") beside the month
--    ("s1m202611"): "this site, these words" is answered inside one index (1.9 ms), and a long period is two
--    lexemes, not sixteen.
-- 2. Suggest looks for titles holding every word typed, the last as a prefix. The only index with title words
--    also held bodies, so words common in bodies ("nâng cao hiệu quả ph") brought 12,394 rows to learn that
--    24 titles matched (60 ms). title_terms() holds the title's words whole ("s1=phuong") and as each of their
--    prefixes ("s1~p", "s1~ph", …): a prefix is one exact key, not a range of keys gathered into a bitmap
--    before the other words can narrow it. Every term also exists per month ("s1m202611=phuong"), so that
--    the latest months are asked without walking a word's postings of all sites and all time (a title word
--    in 12% of the titles: 0.85 ms against 0.38 ms for the last month).

alter table articles add column search_scope tsvector generated always as (
    array_to_tsvector(array[
        's' || site_id::text,
        's' || site_id::text || 'y' || coalesce(extract(year from published_at at time zone 'UTC')::int::text, 'none'),
        's' || site_id::text || 'm' || coalesce(
            ((extract(year from published_at at time zone 'UTC') * 100
              + extract(month from published_at at time zone 'UTC'))::int)::text, 'none')])) stored;

drop index articles_search_recent;
alter table articles drop column search_period;
create index articles_search_scope on articles using gin (search_scope, search_all);

-- The site's and the month's scope of an article, as in search_scope.
create function title_scopes(site_id bigint, published_at timestamptz) returns text[]
    language sql immutable parallel safe
as $$
    select array['s' || site_id::text,
                 's' || site_id::text || 'm' || coalesce(
                     ((extract(year from published_at at time zone 'UTC') * 100
                       + extract(month from published_at at time zone 'UTC'))::int)::text, 'none')]
$$;

-- Every title word, whole ("=") and as each of its prefixes ("~"), in each scope; accents folded as
-- to_tsvector('vn_unaccent') folds them.
create function title_terms(site_id bigint, published_at timestamptz, title text) returns tsvector
    language sql immutable parallel safe
as $$
    with word as (select unnest(tsvector_to_array(to_tsvector('public.vn_unaccent', coalesce(title, '')))) as word),
         scope as (select unnest(public.title_scopes(site_id, published_at)) as scope)
    select array_to_tsvector(array(
        select scope.scope || '=' || word.word from scope, word
        union
        select scope.scope || '~' || left(word.word, n) from scope, word, generate_series(1, length(word.word)) as n))
$$;

-- What suggest asks of title_terms(): in any of the scopes given, every finished word whole and the last one
-- as a prefix. Null when nothing typed is a word.
create function title_terms_query(scopes text[], finished text, last text) returns tsquery
    language sql immutable parallel safe
as $$
    select string_agg('(' || (select string_agg(
                                  '''' || replace(replace(scope || term.kind || term.lexeme, '\', '\\'), '''', '''''') || '''',
                                  ' | ')
                              from unnest(scopes) as scope) || ')', ' & ')::tsquery
    from (select '=' as kind, lexeme from unnest(tsvector_to_array(to_tsvector('public.vn_unaccent', coalesce(finished, '')))) as lexeme
          union all
          select '~', lexeme from unnest(tsvector_to_array(to_tsvector('public.vn_unaccent', coalesce(last, '')))) as lexeme) as term
$$;

create index articles_title_terms on articles using gin (title_terms(site_id, published_at, title));

analyze articles;
