-- Media: photos and files editors upload. The bytes live in media storage (a directory or an S3 bucket) under
-- names that carry the row's id and the content's hash, so a public URL never changes meaning; a row holds
-- what is needed to describe them without opening storage.

create table media (
    id            bigint generated always as identity primary key,
    site_id       bigint      not null references sites (id) on delete cascade,
    kind          text        not null check (kind in ('IMAGE', 'FILE')),
    mime          text        not null,
    -- ASCII, made from the original name: what the URL ends with
    file_name     text        not null,
    original_name text        not null,
    -- the first 16 hex digits of the SHA-256 of the stored original
    content_hash  text        not null check (content_hash ~ '^[0-9a-f]{16}$'),
    extension     text        not null check (extension ~ '^[a-z0-9]{1,5}$'),
    bytes         bigint      not null,
    -- the original and every variant: what the site's quota counts
    stored_bytes  bigint      not null,
    width         int,
    height        int,
    alt           text        not null default '',
    caption       text        not null default '',
    credit        text        not null default '',
    -- [{"width": 640, "height": 427, "format": "webp", "bytes": 31337}, ...], smallest first
    variants      jsonb       not null default '[]',
    search_text   text generated always as
        (lower(immutable_unaccent(original_name || ' ' || alt || ' ' || caption || ' ' || credit))) stored,
    created_at    timestamptz not null,
    created_by    bigint references users (id) on delete set null,
    updated_at    timestamptz not null,
    version       bigint      not null default 0
);
-- The editors' library: newest first, all kinds or one; search by name, alt, caption or credit, accents optional.
create index media_library on media (site_id, created_at desc, id desc);
create index media_library_kind on media (site_id, kind, created_at desc, id desc);
create index media_search on media using gin (search_text gin_trgm_ops);

-- What readers see of a medium in articles and albums changed.
create trigger media_changed after update on media
    for each row
    when ((old.alt, old.caption, old.credit) is distinct from (new.alt, new.caption, new.credit))
    execute function notify_content_change();

-- A site's stored bytes, kept by uploads and deletions in their own transactions: the quota is checked by one
-- conditional update, never by summing the site's media.
create table media_site_usage (
    site_id      bigint primary key references sites (id) on delete cascade,
    stored_bytes bigint not null default 0 check (stored_bytes >= 0)
);

-- Who uses a medium; a medium in use is not deleted. The label names the user in the refusal.
create table media_uses (
    media_id  bigint not null references media (id),
    user_kind text   not null check (user_kind in ('article', 'album')),
    user_id   bigint not null,
    label     text   not null,
    primary key (media_id, user_kind, user_id)
);
create index media_uses_user on media_uses (user_kind, user_id);

-- An article's cover from the library, with the alt text it shows there (the medium's own when null).
alter table articles
    add column cover_media_id bigint references media (id),
    add column cover_alt      text;

create table article_attachments (
    article_id bigint not null references articles (id) on delete cascade,
    position   int    not null,
    media_id   bigint not null references media (id),
    title      text   not null,
    primary key (article_id, position)
);

-- Revisions keep the media an article used, so a restore brings them back.
alter table article_revisions
    add column cover_media_id bigint,
    add column cover_alt      text,
    add column attachments    jsonb not null default '[]';

drop trigger articles_changed on articles;
create trigger articles_changed after update on articles
    for each row
    when ((old.site_id, old.category_id, old.slug, old.title, old.summary, old.body, old.author_name,
           old.cover_image_url, old.cover_media_id, old.cover_alt, old.status, old.published_at, old.updated_at)
          is distinct from
          (new.site_id, new.category_id, new.slug, new.title, new.summary, new.body, new.author_name,
           new.cover_image_url, new.cover_media_id, new.cover_alt, new.status, new.published_at, new.updated_at))
    execute function notify_content_change();

-- "Thư viện ảnh": albums of photos, in the editors' order, each with its own caption.
create table albums (
    id             bigint generated always as identity primary key,
    site_id        bigint      not null references sites (id) on delete cascade,
    slug           text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title          text        not null,
    description    text        not null default '',
    published      boolean     not null default false,
    photo_count    int         not null default 0,
    created_at     timestamptz not null,
    created_by     bigint references users (id) on delete set null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    unique (site_id, slug)
);
create index albums_public on albums (site_id, created_at desc, id desc) where published;
create index albums_editor on albums (site_id, created_at desc, id desc);

create table album_photos (
    album_id bigint not null references albums (id) on delete cascade,
    position int    not null,
    media_id bigint not null references media (id),
    caption  text   not null default '',
    primary key (album_id, position)
);

-- Photo changes touch their album's updated_at in the same transaction, so this one trigger announces them.
create trigger albums_changed after insert or update or delete on albums
    for each row execute function notify_content_change();

-- One medium as articles and albums show it: everything its URLs and srcset are made of.
create function media_image_json(media_id bigint, alt_override text) returns jsonb
    language sql stable parallel safe as
$$
select jsonb_build_object('id', m.id, 'hash', m.content_hash, 'extension', m.extension, 'fileName', m.file_name,
                          'mime', m.mime, 'bytes', m.bytes, 'width', m.width, 'height', m.height,
                          'alt', coalesce(nullif(alt_override, ''), m.alt), 'caption', m.caption, 'credit', m.credit,
                          'variants', m.variants)
from media m
where m.id = media_id
$$;

-- An attachment as an article's detail shows it.
create function media_attachment_json(media_id bigint, title text) returns jsonb
    language sql stable parallel safe as
$$
select jsonb_build_object('id', m.id, 'hash', m.content_hash, 'extension', m.extension, 'fileName', m.file_name,
                          'mime', m.mime, 'bytes', m.bytes, 'title', coalesce(nullif(title, ''), m.original_name))
from media m
where m.id = media_id
$$;
