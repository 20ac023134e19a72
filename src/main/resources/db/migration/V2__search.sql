-- Accent-insensitive Vietnamese search inside PostgreSQL: unaccent + pg_trgm (trusted extensions).
create extension if not exists unaccent;
create extension if not exists pg_trgm;
-- Lets the site id sit in the same GIN index as the words: a site's search never visits another site's rows.
create extension if not exists btree_gin;

-- unaccent() is STABLE (it looks its dictionary up by name); pinning the dictionary makes it IMMUTABLE,
-- which generated columns and index expressions require.
create function immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- 'simple' (no stemming, no stop words: neither suits Vietnamese syllables) followed by unaccent, so
-- "Cải cách", "cai cach" and "CẢI CÁCH" index and query alike, and đ/Đ fold to d.
create text search configuration vn_unaccent (copy = simple);
alter text search configuration vn_unaccent
    alter mapping for hword, hword_part, word with unaccent, simple;

create function html_to_text(text) returns text
    language sql immutable parallel safe strict
as $$ select regexp_replace(regexp_replace($1, '<[^>]*>', ' ', 'g'), '&nbsp;', ' ', 'g') $$;

alter table articles
    -- Matching: title (A) > summary (B) > body (C), accents folded.
    add column search_all tsvector generated always as (
        setweight(to_tsvector('vn_unaccent', title), 'A')
        || setweight(to_tsvector('vn_unaccent', summary), 'B')
        || setweight(to_tsvector('vn_unaccent', html_to_text(body)), 'C')) stored,
    -- Ranking reads only this small vector, so ranking never detoasts bodies.
    add column search_head tsvector generated always as (
        setweight(to_tsvector('vn_unaccent', title), 'A')
        || setweight(to_tsvector('vn_unaccent', summary), 'B')) stored,
    -- The same with accents kept: a query typed with diacritics ranks exact matches first.
    add column search_exact tsvector generated always as (
        setweight(to_tsvector('simple', normalize(title, NFC)), 'A')
        || setweight(to_tsvector('simple', normalize(summary, NFC)), 'B')) stored,
    -- Typo tolerance: trigram similarity on the folded title.
    add column title_plain text generated always as (lower(immutable_unaccent(title))) stored,
    -- Kept in the row (compressed), not in TOAST: a newest-first scan that checks each article against the
    -- query then reads one page per article instead of five.
    alter column search_all set storage main,
    alter column search_head set storage main,
    alter column search_exact set storage main;

create index articles_search_all on articles using gin (site_id, search_all);
create index articles_title_trigram on articles using gin (site_id, title_plain gin_trgm_ops);

-- The new columns need statistics before the first search is planned.
analyze articles;
