-- Published documents counted per site, type, issuing body, field and year, kept by the documents' own
-- statements: the facets and numbered pages of the unfiltered list (or filtered by those dimensions) add up a
-- few hundred rows instead of counting 100,000 documents four times per request. Filters by date range, legal
-- status or text still count the documents themselves.
create table document_counts (
    site_id     bigint  not null,
    type_id     bigint  not null,
    issuer_id   bigint  not null,
    -- 0 for documents without a field (no foreign key: a rollup, not a reference)
    field_id    bigint  not null,
    issued_year integer not null,
    n           bigint  not null,
    primary key (site_id, type_id, issuer_id, field_id, issued_year)
);

create function record_document_count_inserts() returns trigger
    language plpgsql as
$$
begin
    insert into document_counts as c (site_id, type_id, issuer_id, field_id, issued_year, n)
    select site_id, type_id, issuer_id, coalesce(field_id, 0), issued_year, count(*)
    from inserted where status = 'PUBLISHED'
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (site_id, type_id, issuer_id, field_id, issued_year) do update set n = c.n + excluded.n;
    return null;
end
$$;

create function record_document_count_deletes() returns trigger
    language plpgsql as
$$
begin
    update document_counts c set n = c.n - d.n
    from (select site_id, type_id, issuer_id, coalesce(field_id, 0) as field_id, issued_year, count(*) as n
          from deleted where status = 'PUBLISHED' group by 1, 2, 3, 4, 5) d
    where (c.site_id, c.type_id, c.issuer_id, c.field_id, c.issued_year)
          = (d.site_id, d.type_id, d.issuer_id, d.field_id, d.issued_year);
    return null;
end
$$;

create function record_document_count_updates() returns trigger
    language plpgsql as
$$
begin
    insert into document_counts as c (site_id, type_id, issuer_id, field_id, issued_year, n)
    select site_id, type_id, issuer_id, field_id, issued_year, sum(delta)
    from (select site_id, type_id, issuer_id, coalesce(field_id, 0) as field_id, issued_year, 1 as delta
          from updated where status = 'PUBLISHED'
          union all
          select site_id, type_id, issuer_id, coalesce(field_id, 0), issued_year, -1
          from previous where status = 'PUBLISHED') change
    group by 1, 2, 3, 4, 5 having sum(delta) <> 0 order by 1, 2, 3, 4, 5
    on conflict (site_id, type_id, issuer_id, field_id, issued_year) do update set n = c.n + excluded.n;
    return null;
end
$$;

create trigger documents_count_inserts after insert on documents
    referencing new table as inserted for each statement execute function record_document_count_inserts();
create trigger documents_count_deletes after delete on documents
    referencing old table as deleted for each statement execute function record_document_count_deletes();
create trigger documents_count_updates after update on documents
    referencing old table as previous new table as updated for each statement execute function record_document_count_updates();

insert into document_counts (site_id, type_id, issuer_id, field_id, issued_year, n)
select site_id, type_id, issuer_id, coalesce(field_id, 0), issued_year, count(*)
from documents where status = 'PUBLISHED' group by 1, 2, 3, 4, 5;
