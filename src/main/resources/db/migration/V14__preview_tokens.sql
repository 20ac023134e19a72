-- Draft previews: an editor hands a link to a reader of the draft (a colleague, the chairman) without an account.
-- Only a hash of the token is kept, so the table cannot be read back into working links.
create table preview_tokens (
    token_hash bytea       primary key,
    site_id    bigint      not null references sites (id) on delete cascade,
    article_id bigint      not null references articles (id) on delete cascade,
    created_by bigint      references users (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index preview_tokens_article on preview_tokens (article_id);
create index preview_tokens_expired on preview_tokens (expires_at);
