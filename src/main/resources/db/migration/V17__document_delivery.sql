-- Documents delivered the way articles are: a frontend page per document for feeds and sitemaps, and a change
-- log for apps' sync (the same commit-order rule as article_changes, V13).
alter table sites
    add column document_url_template text check (document_url_template ~ '^https?://' and document_url_template like '%{id}%');

create table document_changes (
    seq         bigint generated always as identity,
    xid         xid8   not null default pg_current_xact_id(),
    site_id     bigint not null,
    document_id bigint not null
);
create index document_changes_sync on document_changes (site_id, xid, seq);

create function record_document_inserts() returns trigger
    language plpgsql as
$$
begin
    insert into document_changes (site_id, document_id) select site_id, id from inserted order by id;
    return null;
end
$$;

create function record_document_deletes() returns trigger
    language plpgsql as
$$
begin
    insert into document_changes (site_id, document_id) select site_id, id from deleted order by id;
    return null;
end
$$;

-- Every column a reader sees of a document except its terms' names (a renamed term changes no row): an app
-- that shows term names refreshes them from /documents/terms.
create function record_document_updates() returns trigger
    language plpgsql as
$$
begin
    insert into document_changes (site_id, document_id)
    select n.site_id, n.id
    from updated n
    join previous o on o.id = n.id
    where (o.type_id, o.issuer_id, o.field_id, o.number, o.issued_on, o.effective_on, o.expires_on, o.replaced_by_id,
           o.signer_name, o.signer_title, o.summary, o.status, o.published_at)
          is distinct from
          (n.type_id, n.issuer_id, n.field_id, n.number, n.issued_on, n.effective_on, n.expires_on, n.replaced_by_id,
           n.signer_name, n.signer_title, n.summary, n.status, n.published_at)
    order by n.id;
    return null;
end
$$;

create trigger documents_sync_inserts after insert on documents
    referencing new table as inserted for each statement execute function record_document_inserts();
create trigger documents_sync_deletes after delete on documents
    referencing old table as deleted for each statement execute function record_document_deletes();
create trigger documents_sync_updates after update on documents
    referencing old table as previous new table as updated for each statement execute function record_document_updates();

insert into document_changes (site_id, document_id) select site_id, id from documents order by id;

-- Sitemaps list published documents in id order, so a page keeps its URLs as documents are added.
create index documents_sitemap on documents (site_id, id) where status = 'PUBLISHED';
