-- Purges owed to the CDN: written in the editor's transaction (a committed change is never left unpurged, a
-- rolled back one is never purged), sent after commit by whichever instance claims the row first.
create table cdn_purges (
    id         bigint      generated always as identity primary key,
    tags       text[]      not null,
    due_at     timestamptz not null,
    attempts   integer     not null default 0,
    created_at timestamptz not null default now()
);
-- The worker's only question: what is due, oldest first.
create index cdn_purges_due on cdn_purges (due_at);
