-- Visit statistics ("Thống kê truy cập", "Lượt xem"). No IP address or User-Agent is stored: a visitor is
-- a hash of a per-site daily salt, the client address and the User-Agent; salts older than a day are deleted.

alter table sites add column stats_baseline bigint not null default 0;

create table visitor_salts (
    site_id bigint not null references sites (id) on delete cascade,
    day     date   not null,
    salt    bytea  not null,
    primary key (site_id, day)
);

-- Shared by every instance: the session window of each visitor of the day and "online now".
create table visitor_sessions (
    site_id       bigint      not null references sites (id) on delete cascade,
    visitor       uuid        not null,
    visit_started timestamptz not null,
    last_seen     timestamptz not null,
    primary key (site_id, visitor)
);
create index visitor_sessions_online on visitor_sessions (site_id, last_seen);

-- When each visitor's view of an article was last counted (one view per 30 minutes).
create table article_view_windows (
    article_id   bigint      not null references articles (id) on delete cascade,
    visitor      uuid        not null,
    last_counted timestamptz not null,
    primary key (article_id, visitor)
);
create index article_view_windows_age on article_view_windows (last_counted);

-- Aggregates, written additively in batches: reads stay cheap after years of traffic.
create table site_daily_stats (
    site_id   bigint not null references sites (id) on delete cascade,
    day       date   not null,
    visits    bigint not null default 0,
    visitors  bigint not null default 0,
    pageviews bigint not null default 0,
    primary key (site_id, day)
);

create table article_daily_views (
    site_id    bigint not null references sites (id) on delete cascade,
    day        date   not null,
    article_id bigint not null references articles (id) on delete cascade,
    views      bigint not null default 0,
    primary key (site_id, day, article_id)
);
create index article_daily_views_article on article_daily_views (article_id);

-- "Most read of all time" straight from the counter.
create index articles_most_viewed on articles (site_id, status, view_count desc);
