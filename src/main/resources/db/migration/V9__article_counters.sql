-- Counting never invalidates content. The view total moves off the article row: updating it rewrote the row
-- (and its search columns' index entries) once a second for every read article, and fired articles_changed,
-- which made every instance drop the site's rendered responses. Readers now see live totals overlaid on
-- cached bodies (article/LiveViewCounts), read from here by counted_at.

create table article_counters (
    article_id bigint      primary key references articles (id) on delete cascade,
    site_id    bigint      not null references sites (id) on delete cascade,
    view_count bigint      not null default 0,
    counted_at timestamptz not null default now()
);
-- "Most read of all time": the site's totals, largest first, joined to the public rule row by row.
create index article_counters_most_viewed on article_counters (site_id, view_count desc, article_id desc);
-- What changed since the last look: every instance polls it to refresh its live totals.
create index article_counters_recent on article_counters (counted_at);

insert into article_counters (article_id, site_id, view_count, counted_at)
select id, site_id, view_count, updated_at from articles where view_count > 0;

drop index articles_most_viewed;
alter table articles drop column view_count;

-- Only what a reader can see announces a change: editors' bookkeeping (version, created_at) does not.
drop trigger articles_changed on articles;
create trigger articles_added_or_removed after insert or delete on articles
    for each row execute function notify_content_change();
create trigger articles_changed after update on articles
    for each row
    when ((old.site_id, old.category_id, old.slug, old.title, old.summary, old.body, old.author_name,
           old.cover_image_url, old.status, old.published_at, old.updated_at)
          is distinct from
          (new.site_id, new.category_id, new.slug, new.title, new.summary, new.body, new.author_name,
           new.cover_image_url, new.status, new.published_at, new.updated_at))
    execute function notify_content_change();
