-- Change sync for apps: every change of what readers see of an article, with the id of the transaction that
-- made it. A reader returns only changes of transactions older than every transaction still running (the
-- snapshot's xmin), in (xid, seq) order: a change that commits later always sorts after what was returned, so a
-- sync that runs while editors save never skips one (timestamps and identity values are taken before commit,
-- in another order than commits).

create table article_changes (
    seq        bigint generated always as identity,
    xid        xid8   not null default pg_current_xact_id(),
    site_id    bigint not null,
    article_id bigint not null
);
create index article_changes_sync on article_changes (site_id, xid, seq);

-- Statement-level, with transition tables: a bulk load (the demo's COPY) writes its rows in one insert.
create function record_article_inserts() returns trigger
    language plpgsql as
$$
begin
    insert into article_changes (site_id, article_id) select site_id, id from inserted order by id;
    return null;
end
$$;

create function record_article_deletes() returns trigger
    language plpgsql as
$$
begin
    insert into article_changes (site_id, article_id) select site_id, id from deleted order by id;
    return null;
end
$$;

-- Only columns a reader sees (the same list as articles_changed); an article moved to another site is a change
-- on both.
create function record_article_updates() returns trigger
    language plpgsql as
$$
begin
    insert into article_changes (site_id, article_id)
    select side.site_id, n.id
    from updated n
    join previous o on o.id = n.id
    cross join lateral (values (n.site_id), (o.site_id)) as side (site_id)
    where (o.site_id, o.category_id, o.slug, o.title, o.summary, o.body, o.author_name, o.cover_image_url,
           o.cover_media_id, o.cover_alt, o.status, o.published_at, o.updated_at)
          is distinct from
          (n.site_id, n.category_id, n.slug, n.title, n.summary, n.body, n.author_name, n.cover_image_url,
           n.cover_media_id, n.cover_alt, n.status, n.published_at, n.updated_at)
      and (side.site_id = n.site_id or o.site_id <> n.site_id)
    order by n.id;
    return null;
end
$$;

create trigger articles_sync_inserts after insert on articles
    referencing new table as inserted for each statement execute function record_article_inserts();
create trigger articles_sync_deletes after delete on articles
    referencing old table as deleted for each statement execute function record_article_deletes();
create trigger articles_sync_updates after update on articles
    referencing old table as previous new table as updated for each statement execute function record_article_updates();

-- Every article there is now, so a first sync from the beginning sees them all.
insert into article_changes (site_id, article_id) select site_id, id from articles order by id;
