package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.sql.NativeSql;
import vn.portalnews.common.sql.Row;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The documents editors write: rows, files, related articles, revisions and the site's terms. */
@ApplicationScoped
class EditorDocumentQueries {

    record Saved(long id, long siteId, String status, String number, String numberKey, String typeSlug, String typeName,
                 String issuerSlug, String issuerName, String fieldSlug, String fieldName, LocalDate issuedOn,
                 LocalDate effectiveOn, LocalDate expiresOn, Long replacedBy, String signerName, String signerTitle,
                 String summary, String fullText, String files, Long[] relatedArticles, Instant publishedAt,
                 Instant createdAt, Instant updatedAt, Long createdBy, String createdByName, long version) {
    }

    /** What a write stores; terms already resolved to ids. */
    record Values(long typeId, long issuerId, Long fieldId, String number, String numberKey, LocalDate issuedOn,
                  LocalDate effectiveOn, LocalDate expiresOn, Long replacedBy, String signerName, String signerTitle,
                  String summary, String fullText) {
    }

    record RevisionRow(int revision, Instant createdAt, String editorName, String content) {
    }

    private static final String COLUMNS = """
            d.id, d.site_id, d.status, d.number, d.number_key, t.slug as type_slug, t.name as type_name, i.slug as issuer_slug,
            i.name as issuer_name, f.slug as field_slug, f.name as field_name, d.issued_on, d.effective_on, d.expires_on,
            d.replaced_by_id, d.signer_name, d.signer_title, d.summary, d.full_text, d.published_at, d.created_at,
            d.updated_at, d.created_by, u.username as created_by_name, d.version,
            (select coalesce(jsonb_agg(media_attachment_json(x.media_id, x.title) order by x.position), '[]')
             from document_files x where x.document_id = d.id)::text as files,
            array(select r.article_id from document_articles r where r.document_id = d.id order by r.article_id) as related""";

    private final NativeSql sql;

    EditorDocumentQueries(NativeSql sql) {
        this.sql = sql;
    }

    Optional<Saved> find(long siteId, long id) {
        return sql.query("select " + COLUMNS + " from documents d " + DocumentQueries.TERMS_JOIN
                        + " left join users u on u.id = d.created_by where d.site_id = :site and d.id = :id")
                .bind("site", siteId).bind("id", id).first(EditorDocumentQueries::saved);
    }

    /** Locks the row for the rest of the transaction: two saves of one document run one after the other. */
    void lock(long id) {
        sql.query("select id from documents where id = :id for update").bind("id", id).first(row -> row.longValue("id"));
    }

    /** Newest created first, below {@code after}; of one status when given. */
    List<EditorDocumentPage.Item> newest(long siteId, String status, Position after, int limit, ZoneId zone) {
        return sql.query("select d.id, d.status, d.number, t.name as type_name, d.issued_on, d.summary, d.created_at, d.updated_at, d.version "
                        + "from documents d join document_terms t on t.id = d.type_id where d.site_id = :site"
                        + (status == null ? "" : " and d.status = :status")
                        + (after == null ? "" : " and (d.created_at, d.id) < (:afterAt, :afterId)")
                        + " order by d.created_at desc, d.id desc limit :limit")
                .bind("site", siteId).bind("status", status).bind("afterAt", after == null ? null : after.at())
                .bind("afterId", after == null ? null : after.id()).bind("limit", limit)
                .list(row -> new EditorDocumentPage.Item(row.longValue("id"), row.string("status"), row.string("number"),
                        row.string("type_name"), row.date("issued_on"), row.string("summary"),
                        LocalDates.local(row.instant("created_at"), zone), LocalDates.local(row.instant("updated_at"), zone),
                        row.longValue("version")));
    }

    /** Another document of the site with this number, type and year. */
    Optional<Long> sameNumber(long siteId, long typeId, int year, String numberKey, Long except) {
        return sql.query("""
                        select id from documents where site_id = :site and type_id = :type and issued_year = :year
                          and number_key = :key and id <> :except""")
                .bind("site", siteId).bind("type", typeId).bind("year", year).bind("key", numberKey)
                .bind("except", except == null ? -1L : except).first(row -> row.longValue("id"));
    }

    Optional<Long> siteOf(long documentId) {
        return sql.query("select site_id from documents where id = :id").bind("id", documentId).first(row -> row.longValue("site_id"));
    }

    /** The ids among {@code ids} that are articles of the site. */
    List<Long> articlesOfSite(long siteId, List<Long> ids) {
        return sql.query("select id from articles where site_id = :site and id = any(:ids)")
                .bind("site", siteId).bind("ids", ids.toArray(Long[]::new)).list(row -> row.longValue("id"));
    }

    long insert(long siteId, Values values, Instant now, long createdBy) {
        return sql.query("""
                        insert into documents (site_id, type_id, issuer_id, field_id, number, number_key, issued_on, effective_on,
                                               expires_on, replaced_by_id, signer_name, signer_title, summary, full_text,
                                               created_by, created_at, updated_at)
                        values (:site, :type, :issuer, :field, :number, :key, :issued, :effective, :expires, :replacedBy,
                                :signerName, :signerTitle, :summary, :fullText, :createdBy, :now, :now) returning id""")
                .bindAll(binds(values)).bind("site", siteId).bind("createdBy", createdBy).bind("now", now)
                .single(row -> row.longValue("id"));
    }

    /** @return false when the version moved meanwhile */
    boolean update(long id, long version, Values values, Instant now) {
        return sql.query("""
                        update documents set type_id = :type, issuer_id = :issuer, field_id = :field, number = :number,
                               number_key = :key, issued_on = :issued, effective_on = :effective, expires_on = :expires,
                               replaced_by_id = :replacedBy, signer_name = :signerName, signer_title = :signerTitle,
                               summary = :summary, full_text = :fullText, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .bindAll(binds(values)).bind("id", id).bind("version", version).bind("now", now).update() == 1;
    }

    /** @return false when the version moved meanwhile */
    boolean setStatus(long id, long version, String status, Instant publishedAt, Instant now) {
        return sql.query("""
                        update documents set status = :status, published_at = coalesce(published_at, :publishedAt),
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("status", status).bind("publishedAt", publishedAt)
                .bind("now", now).update() == 1;
    }

    void replaceFiles(long id, List<DocumentInput.FileInput> files) {
        sql.query("delete from document_files where document_id = :id").bind("id", id).update();
        Integer[] positions = new Integer[files.size()];
        Long[] media = new Long[files.size()];
        String[] titles = new String[files.size()];
        for (int position = 0; position < files.size(); position++) {
            DocumentInput.FileInput file = files.get(position);
            positions[position] = position;
            media[position] = file.id();
            titles[position] = file.title() == null || file.title().isBlank() ? null : file.title().strip();
        }
        sql.query("""
                        insert into document_files (document_id, position, media_id, title)
                        select :id, p, m, t from unnest(:positions, :media, :titles) as f(p, m, t)""")
                .bind("id", id).bind("positions", positions).bind("media", media).bind("titles", titles).update();
    }

    void replaceRelated(long id, List<Long> articles) {
        sql.query("delete from document_articles where document_id = :id").bind("id", id).update();
        sql.query("insert into document_articles (document_id, article_id) select :id, unnest(:articles)")
                .bind("id", id).bind("articles", articles.toArray(Long[]::new)).update();
    }

    void saveRevision(long id, Instant now, long editorId, String editorName, String content) {
        sql.query("""
                        insert into document_revisions (document_id, revision, created_at, created_by, editor_name, content)
                        values (:id, (select coalesce(max(revision), 0) + 1 from document_revisions where document_id = :id),
                                :now, :editor, :editorName, cast(:content as jsonb))""")
                .bind("id", id).bind("now", now).bind("editor", editorId).bind("editorName", editorName)
                .bind("content", content).update();
    }

    List<RevisionRow> revisions(long id, int before, int limit) {
        return sql.query("""
                        select revision, created_at, editor_name, content::text as content from document_revisions
                        where document_id = :id and revision < :before order by revision desc limit :limit""")
                .bind("id", id).bind("before", before).bind("limit", limit)
                .list(row -> new RevisionRow(row.intValue("revision"), row.instant("created_at"), row.string("editor_name"),
                        row.string("content")));
    }

    /** Public articles of the site whose text cites this number: their pages change with the document. */
    List<Long> citingArticles(long siteId, String numberKey) {
        return sql.query("""
                        select distinct c.article_id from article_citations c join articles a on a.id = c.article_id
                        where c.number_key = :key and a.site_id = :site limit 1000""")
                .bind("key", numberKey).bind("site", siteId).list(row -> row.longValue("article_id"));
    }

    private static java.util.Map<String, Object> binds(Values values) {
        java.util.Map<String, Object> binds = new java.util.HashMap<>();
        binds.put("type", values.typeId());
        binds.put("issuer", values.issuerId());
        binds.put("field", values.fieldId());
        binds.put("number", values.number());
        binds.put("key", values.numberKey());
        binds.put("issued", values.issuedOn());
        binds.put("effective", values.effectiveOn());
        binds.put("expires", values.expiresOn());
        binds.put("replacedBy", values.replacedBy());
        binds.put("signerName", values.signerName());
        binds.put("signerTitle", values.signerTitle());
        binds.put("summary", values.summary());
        binds.put("fullText", values.fullText());
        return binds;
    }

    private static Saved saved(Row row) throws SQLException {
        return new Saved(row.longValue("id"), row.longValue("site_id"), row.string("status"), row.string("number"),
                row.string("number_key"), row.string("type_slug"), row.string("type_name"), row.string("issuer_slug"),
                row.string("issuer_name"), row.string("field_slug"), row.string("field_name"), row.date("issued_on"),
                row.date("effective_on"), row.date("expires_on"), row.longOrNull("replaced_by_id"), row.string("signer_name"),
                row.string("signer_title"), row.string("summary"), row.string("full_text"), row.string("files"),
                row.longs("related"), row.instant("published_at"), row.instant("created_at"), row.instant("updated_at"),
                row.longOrNull("created_by"), row.string("created_by_name"), row.longValue("version"));
    }
}
