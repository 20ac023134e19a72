-- Accent-insensitive Vietnamese search inside PostgreSQL: unaccent + pg_trgm (trusted extensions).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

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
    add column title_plain text generated always as (lower(immutable_unaccent(title))) stored;

create index articles_search_all on articles using gin (search_all);
create index articles_title_trigram on articles using gin (title_plain gin_trgm_ops);
