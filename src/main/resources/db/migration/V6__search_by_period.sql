-- Search ranks the newest matches of a site. A word in 4% of the articles matches thousands of rows, and
-- visiting each to learn its site and date was most of a search's cost. One lexeme per article names its site
-- and month of publication ("s1m202611"); an index over both vectors lets PostgreSQL intersect "these words"
-- with "this site, these months" inside the index, so a search visits only the recent matches it needs and
-- widens to older months only when too few are recent.

alter table articles add column search_period tsvector generated always as (
    to_tsvector('simple', 's' || site_id || 'm' || coalesce(
        ((extract(year from published_at at time zone 'UTC') * 100
          + extract(month from published_at at time zone 'UTC'))::int)::text, 'none'))) stored;

-- Serves every "search_all @@" alone as well, so the former index goes.
create index articles_search_recent on articles using gin (search_period, search_all);
drop index articles_search_all;
analyze articles;
