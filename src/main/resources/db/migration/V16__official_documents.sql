-- Official documents ("Văn bản", Decree 42/2022/NĐ-CP art. 4(1)(a)): a site's legal and directive documents with
-- their type, number and symbol, issuing body, signer, field, dates, summary, full text and files.

-- A site's vocabularies for documents, editable: types (Kế hoạch, Quyết định…), issuing bodies and fields.
create table document_terms (
    id       bigint       generated always as identity primary key,
    site_id  bigint       not null references sites (id) on delete cascade,
    kind     text         not null check (kind in ('type', 'issuer', 'field')),
    slug     varchar(64)  not null,
    name     varchar(200) not null,
    position integer      not null default 0,
    unique (site_id, kind, slug)
);

create table documents (
    id             bigint       generated always as identity primary key,
    site_id        bigint       not null references sites (id) on delete cascade,
    type_id        bigint       not null references document_terms (id),
    issuer_id      bigint       not null references document_terms (id),
    field_id       bigint       references document_terms (id),
    -- The number and symbol as written ("13/KH-UBND"), and folded for lookup ("13khubnd"): lower case, no
    -- accents (đ → d), letters and digits only, so "13 KH UBND" and "13/kh-ubnd" find it alike.
    number         varchar(60)  not null,
    number_key     varchar(60)  not null,
    issued_on      date         not null,
    issued_year    integer      generated always as (extract(year from issued_on)::integer) stored,
    effective_on   date,
    expires_on     date,
    replaced_by_id bigint       references documents (id) on delete set null,
    signer_name    varchar(200),
    signer_title   varchar(200),
    summary        text         not null,
    full_text      text,
    status         text         not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    published_at   timestamptz,
    created_by     bigint       references users (id) on delete set null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    search_all     tsvector     generated always as (
        setweight(to_tsvector('vn_unaccent', number), 'A')
        || setweight(to_tsvector('vn_unaccent', summary), 'B')
        || setweight(to_tsvector('vn_unaccent', coalesce(full_text, '')), 'C')) stored,
    check (effective_on is null or effective_on >= issued_on),
    check (expires_on is null or expires_on >= coalesce(effective_on, issued_on))
);
-- A number is used once per type and year of a site.
create unique index documents_number_unique on documents (site_id, type_id, issued_year, number_key);
-- The public list, newest issued first, and each filter's own path.
create index documents_public on documents (site_id, issued_on desc, id desc) where status = 'PUBLISHED';
create index documents_public_type on documents (site_id, type_id, issued_on desc, id desc) where status = 'PUBLISHED';
create index documents_public_issuer on documents (site_id, issuer_id, issued_on desc, id desc) where status = 'PUBLISHED';
create index documents_public_field on documents (site_id, field_id, issued_on desc, id desc) where status = 'PUBLISHED';
-- Number lookup: exact and by prefix ("13/KH" while typing).
create index documents_number on documents (site_id, number_key text_pattern_ops);
create index documents_search on documents using gin (site_id, search_all) where status = 'PUBLISHED';
create index documents_editor on documents (site_id, created_at desc, id desc);
create index documents_replaced_by on documents (replaced_by_id) where replaced_by_id is not null;

create table document_files (
    document_id bigint  not null references documents (id) on delete cascade,
    position    integer not null,
    media_id    bigint  not null references media (id),
    title       text,
    primary key (document_id, position)
);

create table document_articles (
    document_id bigint not null references documents (id) on delete cascade,
    article_id  bigint not null references articles (id) on delete cascade,
    primary key (document_id, article_id)
);
create index document_articles_article on document_articles (article_id);

create table document_revisions (
    document_id bigint      not null references documents (id) on delete cascade,
    revision    integer     not null,
    created_at  timestamptz not null,
    created_by  bigint      references users (id) on delete set null,
    editor_name text,
    content     jsonb       not null,
    primary key (document_id, revision)
);

-- References to documents found in article bodies ("Kế hoạch số 03/KH-UBND"), by folded number: a reference
-- links to the document of that number on the article's site whenever one is published, before or after.
create table article_citations (
    article_id bigint      not null references articles (id) on delete cascade,
    position   integer     not null,
    number_key varchar(60) not null,
    -- The year of "ngày 10/01/2022" when the reference gives it: numbers restart every year.
    year       integer,
    reference  text        not null,
    primary key (article_id, position)
);
create index article_citations_number on article_citations (number_key);

alter table media_uses drop constraint media_uses_user_kind_check;
alter table media_uses add constraint media_uses_user_kind_check check (user_kind in ('article', 'album', 'document'));

-- The published documents an article cites, for the article's JSON beside its row (no query per reference): each
-- reference links to its site's document of that number (of the year the reference gives, else the newest).
create function article_documents_json(article bigint, site bigint) returns jsonb
    language sql stable parallel safe as
$$
select coalesce(jsonb_agg(jsonb_build_object('reference', c.reference, 'id', d.id, 'number', d.number,
                                             'type', t.name, 'summary', d.summary, 'issuedOn', d.issued_on)
                          order by c.position), '[]'::jsonb)
from article_citations c
cross join lateral (select x.id, x.number, x.type_id, x.summary, x.issued_on
                    from documents x
                    where x.site_id = site and x.number_key = c.number_key and x.status = 'PUBLISHED'
                      and (c.year is null or x.issued_year = c.year)
                    order by x.issued_on desc, x.id desc limit 1) d
join document_terms t on t.id = d.type_id
where c.article_id = article
$$;
