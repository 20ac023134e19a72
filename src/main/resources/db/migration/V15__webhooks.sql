-- Webhooks (Standard Webhooks): endpoints an administrator registers per site, and their deliveries, written in
-- the transaction of the change they tell about (a committed change is never left untold, a rolled back one is
-- never told), sent after commit by whichever instance claims the row first.
create table webhook_endpoints (
    id                    bigint      generated always as identity primary key,
    site_id               bigint      not null references sites (id) on delete cascade,
    url                   text        not null,
    description           text,
    events                text[]      not null,
    enabled               boolean     not null default true,
    -- "whsec_" + base64 of 32 random bytes; kept readable because every delivery is signed with it.
    secret                text        not null,
    -- The secret before the last rotation, still signing beside the new one until previous_secret_until.
    previous_secret       text,
    previous_secret_until timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);
create index webhook_endpoints_site on webhook_endpoints (site_id, id);

create table webhook_deliveries (
    id            bigint      generated always as identity primary key,
    endpoint_id   bigint      not null references webhook_endpoints (id) on delete cascade,
    -- webhook-id: the same for every attempt, so a receiver can drop a delivery it has already handled.
    message_id    text        not null,
    event_type    text        not null,
    -- What the event is about ("article:42"): a later event about it cancels a scheduled one not yet sent.
    subject       text        not null,
    payload       text        not null,
    status        text        not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    -- When the next attempt is due; null once delivered or given up.
    due_at        timestamptz,
    -- Set for an event that happens later (a scheduled publication), until its first attempt.
    scheduled_for timestamptz,
    attempts      integer     not null default 0,
    created_at    timestamptz not null,
    finished_at   timestamptz
);
-- The worker's question: what is due, oldest first.
create index webhook_deliveries_due on webhook_deliveries (due_at) where due_at is not null;
-- The delivery log of an endpoint, newest first.
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, id desc);
create index webhook_deliveries_scheduled on webhook_deliveries (subject) where scheduled_for is not null;
-- Retention: finished deliveries are deleted after portal.webhooks.retention.
create index webhook_deliveries_finished on webhook_deliveries (finished_at) where finished_at is not null;

create table webhook_attempts (
    id           bigint      generated always as identity primary key,
    delivery_id  bigint      not null references webhook_deliveries (id) on delete cascade,
    attempted_at timestamptz not null,
    -- Null when no answer came (refused address, connection failure, timeout).
    status_code  integer,
    latency_ms   integer     not null,
    error        text
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, id desc);
