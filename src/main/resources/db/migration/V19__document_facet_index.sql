-- Facets filtered by legal status or dates count the documents themselves: with every column they read in one
-- index, that is an index-only scan of the site's published documents instead of a scan of the whole table
-- (its rows carry summaries, full texts and search vectors: 200k documents took 33,000 pages).
create index documents_facets on documents (site_id)
    include (type_id, issuer_id, field_id, issued_year, issued_on, effective_on, expires_on, replaced_by_id)
    where status = 'PUBLISHED';
