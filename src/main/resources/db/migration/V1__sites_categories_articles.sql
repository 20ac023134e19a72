-- Portals ("sites"), their categories and articles. Instants are timestamptz (UTC); local days are
-- derived with each site's time zone at query time.

create table sites (
    id          bigint generated always as identity primary key,
    slug        varchar(64)  not null,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null default 'Asia/Ho_Chi_Minh',
    created_at  timestamptz  not null default now(),
    constraint sites_slug_unique unique (slug),
    constraint sites_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table categories (
    id          bigint generated always as identity primary key,
    site_id     bigint       not null references sites (id) on delete cascade,
    slug        varchar(100) not null,
    name        varchar(200) not null,
    position    integer      not null default 0,
    constraint categories_slug_unique unique (site_id, slug),
    constraint categories_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table articles (
    id              bigint generated always as identity primary key,
    site_id         bigint        not null references sites (id) on delete cascade,
    category_id     bigint        not null references categories (id),
    slug            varchar(200)  not null,
    title           varchar(500)  not null,
    summary         text          not null default '',
    body            text          not null default '',
    author_name     varchar(200),
    cover_image_url varchar(2000),
    status          varchar(16)   not null default 'DRAFT',
    published_at    timestamptz,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    view_count      bigint        not null default 0,
    version         bigint        not null default 0,
    constraint articles_slug_unique unique (site_id, slug),
    constraint articles_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint articles_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint articles_published_has_instant check (status <> 'PUBLISHED' or published_at is not null)
);

-- Latest news, date filters, archive and "topped up" related news of a site: keyset order, status first so
-- the same index serves the editors' per-status lists.
create index articles_site_feed on articles (site_id, status, published_at desc, id desc);
-- The same per category (category filter, "Các tin khác"); also the foreign key's index.
create index articles_category_feed on articles (category_id, status, published_at desc, id desc);

-- Secrets shared by all instances (cursor signing), generated on first use.
create table server_secrets (
    name       varchar(64) primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now()
);

-- Every instance caches rendered public responses; it drops a site's entries when told after commit.
create function notify_content_change() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'sites' then
        perform pg_notify('portal_content', '*');
    elsif tg_op = 'DELETE' then
        perform pg_notify('portal_content', old.site_id::text);
    else
        perform pg_notify('portal_content', new.site_id::text);
        if tg_op = 'UPDATE' and old.site_id <> new.site_id then
            perform pg_notify('portal_content', old.site_id::text);
        end if;
    end if;
    return null;
end
$$;

create trigger sites_changed after insert or update or delete on sites
    for each row execute function notify_content_change();
create trigger categories_changed after insert or update or delete on categories
    for each row execute function notify_content_change();
create trigger articles_changed after insert or update or delete on articles
    for each row execute function notify_content_change();
