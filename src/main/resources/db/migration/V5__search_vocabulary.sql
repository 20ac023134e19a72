-- The words of every site's titles, accents folded, so that a misspelled word typed into the search box can be
-- corrected to a word that exists ("chugn" -> "chung") by trigram similarity over a few thousand words,
-- instead of comparing the query with every title. Kept up to date by triggers: one insert per statement for
-- new articles (COPY included), one per row for a changed title; view-count updates never fire it.

create table search_vocabulary (
    site_id bigint not null references sites (id) on delete cascade,
    word    text   not null,
    primary key (site_id, word)
);

create function add_title_words() returns trigger
    language plpgsql as
$$
begin
    insert into search_vocabulary (site_id, word)
    select distinct n.site_id, w.word
    from changed_articles n, unnest(tsvector_to_array(to_tsvector('vn_unaccent', n.title))) as w(word)
    on conflict do nothing;
    return null;
end
$$;

create trigger articles_title_words_inserted after insert on articles
    referencing new table as changed_articles
    for each statement execute function add_title_words();
create function add_changed_title_words() returns trigger
    language plpgsql as
$$
begin
    insert into search_vocabulary (site_id, word)
    select new.site_id, w.word from unnest(tsvector_to_array(to_tsvector('vn_unaccent', new.title))) as w(word)
    on conflict do nothing;
    return null;
end
$$;

create trigger articles_title_words_updated after update of title on articles
    for each row when (old.title is distinct from new.title)
    execute function add_changed_title_words();

insert into search_vocabulary (site_id, word)
select distinct a.site_id, w.word
from articles a, unnest(tsvector_to_array(to_tsvector('vn_unaccent', a.title))) as w(word)
on conflict do nothing;

create index search_vocabulary_trigram on search_vocabulary using gin (site_id, word gin_trgm_ops);
analyze search_vocabulary;
