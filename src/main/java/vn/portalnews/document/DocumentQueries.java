package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.PublicArticles;
import vn.portalnews.common.sql.NativeSql;
import vn.portalnews.common.sql.Row;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents feature's SQL. */
@ApplicationScoped
class DocumentQueries {

    record DocumentRow(long id, String number, String numberKey, String typeSlug, String typeName, String issuerSlug,
                       String issuerName, String fieldSlug, String fieldName, LocalDate issuedOn, LocalDate effectiveOn,
                       LocalDate expiresOn, Long replacedById, String summary, String signerName, String signerTitle,
                       boolean exact) {
    }

    record DetailRow(DocumentRow document, String fullText, String files, Instant publishedAt, Instant updatedAt) {
    }

    record Link(long id, String number, String type, LocalDate issuedOn) {
    }

    record ArticleRef(long id, String slug, String title, Instant publishedAt, String relation) {
    }

    record TermRow(long id, String kind, String slug, String name, int position) {
    }

    record SitemapRow(long id, Instant updatedAt) {
    }

    static final String SUMMARY_COLUMNS = """
            d.id, d.number, d.number_key, t.slug as type_slug, t.name as type_name, i.slug as issuer_slug,
            i.name as issuer_name, f.slug as field_slug, f.name as field_name, d.issued_on, d.effective_on, d.expires_on,
            d.replaced_by_id, d.summary, d.signer_name, d.signer_title""";
    static final String TERMS_JOIN = """
            join document_terms t on t.id = d.type_id join document_terms i on i.id = d.issuer_id
            left join document_terms f on f.id = d.field_id""";

    private final NativeSql sql;

    DocumentQueries(NativeSql sql) {
        this.sql = sql;
    }

    /**
     * Words common in the corpus match thousands of documents; sorting them all by date to show the newest 20 cost
     * 258 ms at 100k documents. The newest this many documents are tried first: a common word fills a page there.
     */
    static final int WORD_WINDOW = 2000;

    /**
     * Newest issued first; when the search text is a number, its exact matches before everything else. The
     * keyset compares {@code (exact, issued_on, id)} as a row, after {@code after} when given. A search for
     * words looks in the newest {@link #WORD_WINDOW} documents first and in all of them only when those do not
     * fill the page.
     */
    List<DocumentRow> page(long siteId, DocumentFilter filter, Object[] after, int limit, int offset) {
        String key = filter.numberKey();
        if (filter.searches() && key == null) {
            Map<String, Object> values = new java.util.HashMap<>();
            String keyset = keyset(after, null, values);
            String window = "select d.* from documents d where " + filter.whereBesidesText(values) + keyset
                    + " order by d.issued_on desc, d.id desc limit :window";
            values.put("window", WORD_WINDOW);
            values.put("text", filter.text());
            List<DocumentRow> newest = run("select " + SUMMARY_COLUMNS + ", false as exact from (" + window + ") d " + TERMS_JOIN
                    + " where d.search_all @@ plainto_tsquery('vn_unaccent', :text) order by d.issued_on desc, d.id desc"
                    + " limit :limit offset :offset", siteId, values, limit, offset);
            if (newest.size() == limit) {
                return newest;
            }
        }
        Map<String, Object> values = new java.util.HashMap<>();
        String exact = key == null ? "false" : "(d.number_key = :key)";
        String query = "select " + SUMMARY_COLUMNS + ", " + exact + " as exact from documents d " + TERMS_JOIN
                + " where " + filter.where(null, values) + keyset(after, key == null ? null : exact, values)
                + (key == null ? " order by d.issued_on desc, d.id desc" : " order by exact desc, d.issued_on desc, d.id desc")
                + " limit :limit offset :offset";
        return run(query, siteId, values, limit, offset);
    }

    /** After the last row shown: {@code (issued_on, id)}, led by {@code exact} when a number ranks first. */
    private static String keyset(Object[] after, String exact, Map<String, Object> values) {
        if (after == null) {
            return "";
        }
        values.put("afterExact", after[0]);
        values.put("afterOn", after[1]);
        values.put("afterId", after[2]);
        return exact == null ? " and (d.issued_on, d.id) < (:afterOn, :afterId)"
                : " and (" + exact + ", d.issued_on, d.id) < (:afterExact, :afterOn, :afterId)";
    }

    private List<DocumentRow> run(String query, long siteId, Map<String, Object> values, int limit, int offset) {
        values.put("site", siteId);
        values.put("limit", limit);
        values.put("offset", offset);
        return sql.query(query).bindAll(values).list(DocumentQueries::document);
    }

    /** Published documents that pass the filter: from document_counts when it can answer (see DocumentFilter#countable). */
    long count(long siteId, DocumentFilter filter) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("site", siteId);
        String query = filter.countable()
                ? "select coalesce(sum(c.n), 0) as n from document_counts c where " + filter.whereCounts(null, values)
                : "select count(*) as n from documents d where " + filter.where(null, values);
        return sql.query(query).bindAll(values).single(row -> row.longValue("n"));
    }

    /**
     * Facet counts: per dimension, the documents that pass every filter but that dimension's own. Dimensions the
     * reader has not filtered share one WHERE clause, so they are counted in one pass (GROUPING SETS); each
     * filtered dimension takes a pass of its own. From document_counts when it can answer, else from the
     * documents. Terms come back as ids (the field's 0 or null, "no field", left out).
     */
    Map<DocumentFilter.Dimension, Map<Long, Long>> facetCounts(long siteId, DocumentFilter filter) {
        Map<DocumentFilter.Dimension, Map<Long, Long>> counts = new java.util.EnumMap<>(DocumentFilter.Dimension.class);
        List<DocumentFilter.Dimension> shared = new java.util.ArrayList<>();
        for (DocumentFilter.Dimension dimension : DocumentFilter.Dimension.values()) {
            if (filter.filters(dimension)) {
                counts.putAll(grouped(siteId, filter, dimension, List.of(dimension)));
            } else {
                shared.add(dimension);
            }
        }
        if (!shared.isEmpty()) {
            counts.putAll(grouped(siteId, filter, null, shared));
        }
        return counts;
    }

    private Map<DocumentFilter.Dimension, Map<Long, Long>> grouped(long siteId, DocumentFilter filter, DocumentFilter.Dimension skip,
                                                                 List<DocumentFilter.Dimension> dimensions) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("site", siteId);
        boolean rollup = filter.countable();
        String alias = rollup ? "c" : "d";
        List<String> sets = dimensions.stream().map(dimension -> "(" + alias + "." + dimension.column + ")").toList();
        String columns = java.util.Arrays.stream(DocumentFilter.Dimension.values())
                .map(dimension -> (dimensions.contains(dimension) ? alias + "." : "null::bigint as ") + dimension.column)
                .collect(java.util.stream.Collectors.joining(", "));
        String select = "select " + columns + ", " + (rollup ? "sum(c.n)" : "count(*)") + " as n from "
                + (rollup ? "document_counts c where " + filter.whereCounts(skip, values) : "documents d where " + filter.where(skip, values))
                + " group by grouping sets (" + String.join(", ", sets) + ")";
        Map<DocumentFilter.Dimension, Map<Long, Long>> counts = new java.util.EnumMap<>(DocumentFilter.Dimension.class);
        dimensions.forEach(dimension -> counts.put(dimension, new java.util.LinkedHashMap<>()));
        sql.query(select).bindAll(values).forEach(row -> {
            long n = row.longValue("n");
            for (DocumentFilter.Dimension dimension : dimensions) {
                Long value = row.longOrNull(dimension.column);
                // in the rows of one grouping set, the other dimensions' columns are null
                if (value != null && value != 0 && n > 0 && isOnlyGrouped(row, dimension)) {
                    counts.get(dimension).merge(value, n, Long::sum);
                }
            }
        });
        return counts;
    }

    private static boolean isOnlyGrouped(Row row, DocumentFilter.Dimension dimension) throws SQLException {
        for (DocumentFilter.Dimension other : DocumentFilter.Dimension.values()) {
            if (other != dimension && row.longOrNull(other.column) != null) {
                return false;
            }
        }
        return true;
    }

    /** Documents as their pages show them, with their files as one JSON array beside each row (V11's function). */
    private static final String DETAILS = "select " + SUMMARY_COLUMNS + ", false as exact, d.full_text, d.published_at, d.updated_at, "
            + "(select coalesce(jsonb_agg(media_attachment_json(x.media_id, x.title) order by x.position), '[]') "
            + "from document_files x where x.document_id = d.id)::text as files from documents d " + TERMS_JOIN;

    Optional<DetailRow> published(long siteId, long id) {
        return sql.query(DETAILS + " where d.site_id = :site and d.id = :id and d.status = 'PUBLISHED'")
                .bind("site", siteId).bind("id", id).first(DocumentQueries::detail);
    }

    /** The newest published documents, of one type when given: what a feed shows. */
    List<DetailRow> newest(long siteId, Long typeId, int limit) {
        return sql.query(DETAILS + " where d.site_id = :site and d.status = 'PUBLISHED'"
                        + (typeId == null ? "" : " and d.type_id = :type") + " order by d.issued_on desc, d.id desc limit :limit")
                .bind("site", siteId).bind("type", typeId).bind("limit", limit).list(DocumentQueries::detail);
    }

    private static DetailRow detail(Row row) throws SQLException {
        return new DetailRow(document(row), row.string("full_text"), row.string("files"), row.instant("published_at"),
                row.instant("updated_at"));
    }

    /** The published documents this one replaced. */
    List<Link> replaced(long id) {
        return sql.query("""
                        select d.id, d.number, t.name as type, d.issued_on from documents d join document_terms t on t.id = d.type_id
                        where d.replaced_by_id = :id and d.status = 'PUBLISHED' order by d.issued_on desc, d.id desc limit 100""")
                .bind("id", id).list(DocumentQueries::link);
    }

    Optional<Link> link(long siteId, long id) {
        return sql.query("""
                        select d.id, d.number, t.name as type, d.issued_on from documents d join document_terms t on t.id = d.type_id
                        where d.site_id = :site and d.id = :id and d.status = 'PUBLISHED'""")
                .bind("site", siteId).bind("id", id).first(DocumentQueries::link);
    }

    /**
     * Public articles related to the document by an editor, and those whose text cites its number (of its year,
     * or without one), newest first.
     */
    List<ArticleRef> articles(long siteId, long documentId, String numberKey, int year, Instant now, int limit) {
        return sql.query("""
                        select a.id, a.slug, a.title, a.published_at,
                               case when exists (select 1 from document_articles r where r.document_id = :document
                                                 and r.article_id = a.id) then 'related' else 'cites' end as relation
                        from articles a
                        where a.id in (select r.article_id from document_articles r where r.document_id = :document
                                       union
                                       select c.article_id from article_citations c
                                       where c.number_key = :key and (c.year is null or c.year = :year))
                          and a.site_id = :site and\s""" + PublicArticles.RULE
                        + " order by a.published_at desc, a.id desc limit :limit")
                .bind("site", siteId).bind("document", documentId).bind("key", numberKey).bind("year", year)
                .bind("now", now).bind("limit", limit)
                .list(row -> new ArticleRef(row.longValue("id"), row.string("slug"), row.string("title"),
                        row.instant("published_at"), row.string("relation")));
    }

    /** The site's terms of every kind, in their editors' order. */
    List<TermRow> terms(long siteId) {
        return sql.query("select id, kind, slug, name, position from document_terms where site_id = :site order by kind, position, name")
                .bind("site", siteId)
                .list(row -> new TermRow(row.longValue("id"), row.string("kind"), row.string("slug"), row.string("name"),
                        row.intValue("position")));
    }

    /** The ids of the site's terms among {@code keys} ("type:ke-hoach"), by key: one query for a form's every term. */
    Map<String, Long> termIds(long siteId, java.util.Collection<String> keys) {
        Map<String, Long> ids = new java.util.HashMap<>();
        sql.query("select kind || ':' || slug as term_key, id from document_terms where site_id = :site and kind || ':' || slug = any(:keys)")
                .bind("site", siteId).bind("keys", keys.toArray(String[]::new))
                .forEach(row -> ids.put(row.string("term_key"), row.longValue("id")));
        return ids;
    }

    Optional<Long> termId(long siteId, String kind, String slug) {
        return sql.query("select id from document_terms where site_id = :site and kind = :kind and slug = :slug")
                .bind("site", siteId).bind("kind", kind).bind("slug", slug).first(row -> row.longValue("id"));
    }

    /** Of these documents, the published ones as lists show them. */
    List<DocumentRow> publishedOf(long siteId, java.util.Collection<Long> ids) {
        return sql.query("select " + SUMMARY_COLUMNS + ", false as exact from documents d " + TERMS_JOIN
                        + " where d.site_id = :site and d.id = any(:ids) and d.status = 'PUBLISHED' order by d.id")
                .bind("site", siteId).bind("ids", ids.toArray(Long[]::new)).list(DocumentQueries::document);
    }

    long publishedCount(long siteId) {
        return sql.query("select coalesce(sum(c.n), 0) as n from document_counts c where c.site_id = :site")
                .bind("site", siteId).single(row -> row.longValue("n"));
    }

    /** Published documents in id order from {@code offset}: the documents_sitemap index, skipping what comes before. */
    List<SitemapRow> sitemapPage(long siteId, long offset, int limit) {
        return sql.query("""
                        select d.id, d.updated_at from documents d where d.site_id = :site and d.status = 'PUBLISHED'
                        order by d.id limit :limit offset :offset""")
                .bind("site", siteId).bind("limit", limit).bind("offset", offset)
                .list(row -> new SitemapRow(row.longValue("id"), row.instant("updated_at")));
    }

    void putTerm(long siteId, String kind, String slug, String name, int position) {
        sql.query("""
                        insert into document_terms (site_id, kind, slug, name, position) values (:site, :kind, :slug, :name, :position)
                        on conflict (site_id, kind, slug) do update set name = excluded.name, position = excluded.position""")
                .bind("site", siteId).bind("kind", kind).bind("slug", slug).bind("name", name).bind("position", position)
                .update();
    }

    /** Documents of any status filed under the term (each dimension has its own index leading with the site). */
    long documentsUsing(long termId) {
        return sql.query("""
                        select (select count(*) from documents where type_id = :id) + (select count(*) from documents where issuer_id = :id)
                               + (select count(*) from documents where field_id = :id) as n""")
                .bind("id", termId).single(row -> row.longValue("n"));
    }

    void deleteTerm(long termId) {
        sql.query("delete from document_terms where id = :id").bind("id", termId).update();
    }

    static DocumentRow document(Row row) throws SQLException {
        return new DocumentRow(row.longValue("id"), row.string("number"), row.string("number_key"), row.string("type_slug"),
                row.string("type_name"), row.string("issuer_slug"), row.string("issuer_name"), row.string("field_slug"),
                row.string("field_name"), row.date("issued_on"), row.date("effective_on"), row.date("expires_on"),
                row.longOrNull("replaced_by_id"), row.string("summary"), row.string("signer_name"), row.string("signer_title"), row.bool("exact"));
    }

    private static Link link(Row row) throws SQLException {
        return new Link(row.longValue("id"), row.string("number"), row.string("type"), row.date("issued_on"));
    }
}
