package vn.portalnews;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes fixtures straight into PostgreSQL, the way another instance or a migration would; the API must
 * notice such changes on its own. Every test class works on a site of its own.
 */
@ApplicationScoped
public class TestContent {

    private final AgroalDataSource dataSource;

    TestContent(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record TestSite(long id, String slug) {
    }

    public TestSite site(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new TestSite(insert("insert into sites (slug, name) values (?, ?) returning id", slug, "Site " + slug), slug);
    }

    public long category(TestSite site, String slug, String name, int position) {
        return insert("insert into categories (site_id, slug, name, position) values (?, ?, ?, ?) returning id",
                site.id(), slug, name, position);
    }

    public long article(TestSite site, long categoryId, String slug, String title, String status, Instant publishedAt) {
        return article(site, categoryId, slug, title, "Tóm tắt " + title, "<p>" + title + "</p>", status, publishedAt);
    }

    public long article(TestSite site, long categoryId, String slug, String title, String summary, String body,
                        String status, Instant publishedAt) {
        return insert("""
                        insert into articles (site_id, category_id, slug, title, summary, body, author_name, status,
                                              published_at, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now()) returning id""",
                site.id(), categoryId, slug, title, summary, body, "Phóng viên",
                status, publishedAt == null ? null : Timestamp.from(publishedAt));
    }

    public long published(TestSite site, long categoryId, String slug, Instant publishedAt) {
        return article(site, categoryId, slug, "Tin " + slug, "PUBLISHED", publishedAt);
    }

    /** A PDF in the site's library (its row only: nothing is stored, so its URL answers 404). */
    public long medium(TestSite site) {
        return insert("""
                        insert into media (site_id, kind, mime, file_name, original_name, content_hash, extension, bytes,
                                           stored_bytes, created_at, updated_at)
                        values (?, 'FILE', 'application/pdf', 'ke-hoach.pdf', 'Kế hoạch.pdf', '0123456789abcdef', 'pdf', 100, 100,
                                now(), now()) returning id""", site.id());
    }

    /** An empty draft album. */
    public long album(TestSite site, String slug) {
        return insert("""
                        insert into albums (site_id, slug, title, created_at, updated_at)
                        values (?, ?, 'Album thử', now(), now()) returning id""", site.id(), slug);
    }

    /** A webhook endpoint of the site that nobody listens at (port 9, discard). */
    public long webhook(TestSite site) {
        return insert("""
                        insert into webhook_endpoints (site_id, url, events, secret, created_at, updated_at)
                        values (?, 'http://127.0.0.1:9/hook', array['*'], 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', now(), now())
                        returning id""", site.id());
    }

    /** A delivery of the endpoint, given up (so no worker sends it unless asked to redeliver). */
    public long webhookDelivery(long endpointId) {
        return insert("""
                        insert into webhook_deliveries (endpoint_id, message_id, event_type, subject, payload, status, attempts,
                                                        created_at, finished_at)
                        values (?, 'msg_test', 'webhook.ping', 'test', '{"type":"webhook.ping","timestamp":"2026-01-01T00:00:00Z","data":{}}',
                                'failed', 8, now(), now()) returning id""", endpointId);
    }

    /** A published plan of the site, with the type and issuer it needs. */
    public long document(TestSite site, String number) {
        long type = insert("insert into document_terms (site_id, kind, slug, name) values (?, 'type', 'ke-hoach', 'Kế hoạch') "
                + "on conflict (site_id, kind, slug) do update set name = excluded.name returning id", site.id());
        long issuer = insert("insert into document_terms (site_id, kind, slug, name) values (?, 'issuer', 'ubnd', 'UBND') "
                + "on conflict (site_id, kind, slug) do update set name = excluded.name returning id", site.id());
        return insert("""
                        insert into documents (site_id, type_id, issuer_id, number, number_key, issued_on, summary, status,
                                               published_at, created_at, updated_at)
                        values (?, ?, ?, ?, ?, date '2024-01-05', 'Kế hoạch thử', 'PUBLISHED', now(), now(), now())
                        returning id""", site.id(), type, issuer, number, vn.portalnews.document.DocumentNumbers.key(number));
    }

    public void execute(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
