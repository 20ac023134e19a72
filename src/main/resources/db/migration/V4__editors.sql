-- Editors: accounts, per-site roles, article ownership, revisions and slug redirects.

create table users (
    id               bigint generated always as identity primary key,
    username         varchar(64)  not null,
    display_name     varchar(200) not null,
    password_hash    varchar(100) not null,
    enabled          boolean      not null default true,
    admin            boolean      not null default false,
    -- Tokens carry the generation they were issued under; logout and password changes bump it, which
    -- revokes every token issued before on every instance at once.
    token_generation integer      not null default 0,
    created_at       timestamptz  not null default now(),
    constraint users_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
create unique index users_username_unique on users (username);

-- ADMIN is global (users.admin); EDITOR and AUTHOR hold per site.
create table user_site_roles (
    user_id bigint      not null references users (id) on delete cascade,
    site_id bigint      not null references sites (id) on delete cascade,
    role    varchar(16) not null,
    primary key (user_id, site_id),
    constraint user_site_roles_role_known check (role in ('EDITOR', 'AUTHOR'))
);
create index user_site_roles_site on user_site_roles (site_id);

-- Who created an article: authors may touch only their own drafts.
alter table articles add column created_by bigint references users (id) on delete set null;

-- The editors' list: every status, newest created first, optionally by status or owner. Keyed by created_at
-- rather than id: no other index offers that order, so the planner cannot wander off along the primary key.
create index articles_editor_feed on articles (site_id, created_at desc, id desc);
create index articles_editor_status_feed on articles (site_id, status, created_at desc, id desc);
create index articles_created_by on articles (created_by, site_id, created_at desc, id desc);

-- Every saved change of an article, numbered per article.
create table article_revisions (
    id           bigint generated always as identity primary key,
    article_id   bigint       not null references articles (id) on delete cascade,
    revision     integer      not null,
    created_at   timestamptz  not null default now(),
    created_by   bigint       references users (id) on delete set null,
    editor_name  varchar(200) not null,
    title        varchar(500) not null,
    summary      text         not null,
    body         text         not null,
    constraint article_revisions_unique unique (article_id, revision)
);

-- Former slugs keep answering with a permanent redirect to the article's current slug.
create table article_slug_redirects (
    site_id    bigint       not null references sites (id) on delete cascade,
    old_slug   varchar(200) not null,
    article_id bigint       not null references articles (id) on delete cascade,
    primary key (site_id, old_slug)
);
create index article_slug_redirects_article on article_slug_redirects (article_id);

-- Categories are listed by position; deleting one checks its articles through articles_category_feed.
create index categories_site_position on categories (site_id, position, id);

-- A baseline set through the admin API wins over the configured one from then on.
alter table sites add column stats_baseline_from_admin boolean not null default false;
