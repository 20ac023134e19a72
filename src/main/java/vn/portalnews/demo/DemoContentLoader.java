package vn.portalnews.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import vn.portalnews.auth.RoleGrant;
import vn.portalnews.auth.UserInput;
import vn.portalnews.auth.UserService;
import vn.portalnews.common.LocalDates;
import vn.portalnews.document.DocumentNumbers;
import vn.portalnews.site.SiteRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.portalnews.demo.DemoContentGenerator.DemoArticle;
import vn.portalnews.demo.DemoContentGenerator.DemoCategory;
import vn.portalnews.demo.DemoContentGenerator.DemoSite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fills an empty database with the demo portals when {@code portal.demo.enabled} is on. */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Serializes concurrent first starts of several instances. */
    private static final long LOCK_KEY = 0x504f5254414cL;
    private static final int COPY_BATCH_BYTES = 1 << 20;

    private final DemoConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AgroalDataSource dataSource;

    DemoContentLoader(DemoConfig config, EntityManager entityManager, Clock clock, AgroalDataSource dataSource) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    /** Demo mode only, documented in the README: an editor of both demo sites and an author of one. */
    static final List<UserInput> DEMO_ACCOUNTS = List.of(
            new UserInput("bientap", "Biên tập viên (demo)", "bientap-demo-2026",
                    List.of(new RoleGrant("xa-an-binh", "EDITOR"), new RoleGrant("thi-tran-hoa-son", "EDITOR"))),
            new UserInput("phongvien", "Phóng viên (demo)", "phongvien-demo-2026",
                    List.of(new RoleGrant("xa-an-binh", "AUTHOR"))));

    /** Early (low priority value), so that configured statistics baselines are applied after it. */
    void onStart(@Observes @Priority(1000) StartupEvent event, UserService users, DemoMedia media) {
        if (!config.enabled()) {
            return;
        }
        if (loadContent()) {
            long started = System.nanoTime();
            int index = 0;
            for (DemoSite site : DemoContentGenerator.SITES) {
                media.add(siteRef(site), index++);
            }
            LOG.infof("Demo media: pictures, albums and attachments made in %d ms", (System.nanoTime() - started) / 1_000_000);
        }
        DEMO_ACCOUNTS.forEach(users::ensureUser);
    }

    /** @return whether the database was empty and now holds the demo content */
    private boolean loadContent() {
        if (QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(30).toSeconds()).call(this::loadIfEmpty)) {
            // a fresh visibility map lets counts and keyset scans use index-only scans from the first request
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("vacuum analyze articles, documents");
            } catch (SQLException e) {
                LOG.warnf("Could not vacuum after loading demo content: %s", e.getMessage());
            }
            return true;
        }
        return false;
    }

    private SiteRef siteRef(DemoSite site) {
        long id = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select id from sites where slug = :slug").setParameter("slug", site.slug())
                .getSingleResult())).longValue();
        return new SiteRef(id, site.slug(), site.name(), ZONE);
    }

    /** @return whether demo content was written */
    private boolean loadIfEmpty() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY).getSingleResult();
        long sites = ((Number) entityManager.createNativeQuery("select count(*) from sites").getSingleResult()).longValue();
        if (sites > 0) {
            return false;
        }
        long started = System.nanoTime();
        int perSite = config.articlesPerSite();
        var generator = new DemoContentGenerator(config.seed(), clock.instant(), ZONE);
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (DemoSite site : DemoContentGenerator.SITES) {
                insert(connection, site, perSite, generator);
            }
            insertVisitHistory(connection);
        });
        LOG.infof("Demo content: %d sites with %d articles each, written in %d ms",
                DemoContentGenerator.SITES.size(), perSite, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void insert(Connection connection, DemoSite site, int articles, DemoContentGenerator generator) throws SQLException {
        long siteId = insertReturningId(connection, "insert into sites (slug, name, time_zone) values (?, ?, ?) returning id",
                site.slug(), site.name(), ZONE.getId());
        Map<String, Long> categoryIds = new HashMap<>();
        int position = 0;
        for (DemoCategory category : site.categories()) {
            categoryIds.put(category.slug(), insertReturningId(connection,
                    "insert into categories (site_id, slug, name, position) values (?, ?, ?, ?) returning id",
                    siteId, category.slug(), category.name(), position++));
        }
        List<DemoDocuments.DemoDocument> documents = DemoDocuments.generate(config.seed() + siteId,
                config.documentsPerSite(), generator.today());
        // the newest documents are the ones news refers to
        List<String> references = documents.subList(Math.max(0, documents.size() - 60), documents.size()).stream()
                .map(document -> document.reference(DemoDocuments.typeName(document.typeSlug()))).toList();
        List<String> citingSlugs = new ArrayList<>();
        List<String> citedReferences = new ArrayList<>();
        // COPY: a 100k-article benchmark corpus loads in seconds instead of minutes of INSERTs.
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy articles (site_id, category_id, slug, title, summary, body, author_name, status,
                               published_at, created_at, updated_at) from stdin with (format csv)""");
        StringBuilder batch = new StringBuilder(COPY_BATCH_BYTES + 8192);
        List<String> viewedSlugs = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        try {
            generator.articles(site, articles, references, article -> {
                appendCsv(batch, siteId, categoryIds.get(article.categorySlug()), article);
                references.stream().filter(article.body()::contains).forEach(reference -> {
                    citingSlugs.add(article.slug());
                    citedReferences.add(reference);
                });
                if (article.viewCount() > 0) {
                    viewedSlugs.add(article.slug());
                    views.add(article.viewCount());
                }
                if (batch.length() >= COPY_BATCH_BYTES) {
                    flush(copy, batch);
                }
            });
            flush(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (var statement = connection.prepareStatement("""
                insert into article_counters (article_id, site_id, view_count, counted_at)
                select a.id, a.site_id, k.views, least(a.published_at, now())
                from unnest(?::text[], ?::bigint[]) as k(slug, views)
                join articles a on a.site_id = ? and a.slug = k.slug""")) {
            statement.setArray(1, connection.createArrayOf("text", viewedSlugs.toArray()));
            statement.setArray(2, connection.createArrayOf("bigint", views.toArray()));
            statement.setLong(3, siteId);
            statement.execute();
        }
        insertDocuments(connection, siteId, documents);
        insertCitations(connection, siteId, citingSlugs, citedReferences);
    }

    private void insertDocuments(Connection connection, long siteId, List<DemoDocuments.DemoDocument> documents) throws SQLException {
        Map<String, Long> terms = new HashMap<>();
        for (DemoDocuments.Term term : DemoDocuments.terms()) {
            terms.put(term.kind() + ":" + term.slug(), insertReturningId(connection,
                    "insert into document_terms (site_id, kind, slug, name, position) values (?, ?, ?, ?, ?) returning id",
                    siteId, term.kind(), term.slug(), term.name(), term.position()));
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy documents (site_id, type_id, issuer_id, field_id, number, number_key, issued_on, effective_on, expires_on,
                                signer_name, signer_title, summary, full_text, status, published_at, created_at, updated_at)
                from stdin with (format csv)""");
        StringBuilder batch = new StringBuilder(COPY_BATCH_BYTES + 8192);
        try {
            for (DemoDocuments.DemoDocument document : documents) {
                String at = LocalDates.startOf(document.issuedOn(), ZONE).toString();
                batch.append(siteId).append(',').append(terms.get("type:" + document.typeSlug())).append(',')
                        .append(terms.get("issuer:" + document.issuerSlug())).append(',')
                        .append(terms.get("field:" + document.fieldSlug())).append(',');
                for (String text : new String[]{document.number(), DocumentNumbers.key(document.number()),
                        document.issuedOn().toString(), document.effectiveOn().toString(),
                        document.expiresOn() == null ? null : document.expiresOn().toString(), document.signerName(),
                        document.signerTitle(), document.summary(), document.fullText(), "PUBLISHED", at, at, at}) {
                    batch.append(text == null ? "" : '"' + text.replace("\"", "\"\"") + '"').append(',');
                }
                batch.setCharAt(batch.length() - 1, '\n');
                if (batch.length() >= COPY_BATCH_BYTES) {
                    flush(copy, batch);
                }
            }
            flush(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        // one decision in thirty was replaced by the next decision of its site
        try (var statement = connection.prepareStatement("""
                update documents d set replaced_by_id = (
                    select n.id from documents n where n.site_id = d.site_id and n.type_id = d.type_id
                      and (n.issued_on, n.id) > (d.issued_on, d.id) order by n.issued_on, n.id limit 1)
                where d.site_id = ? and d.type_id = ? and d.id % 30 = 0""")) {
            statement.setLong(1, siteId);
            statement.setLong(2, terms.get("type:quyet-dinh"));
            statement.execute();
        }
    }

    /** The demo articles' references, as the editor would have recorded them on saving (see DocumentCitations). */
    private static void insertCitations(Connection connection, long siteId, List<String> slugs, List<String> references)
            throws SQLException {
        List<String> keys = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (String reference : references) {
            DocumentNumbers.Citation citation = DocumentNumbers.citations(reference).get(0);
            keys.add(citation.numberKey());
            years.add(citation.year());
        }
        try (var statement = connection.prepareStatement("""
                insert into article_citations (article_id, position, number_key, year, reference)
                select a.id, 0, k.number_key, k.year, k.reference
                from unnest(?::text[], ?::text[], ?::integer[], ?::text[]) as k(slug, number_key, year, reference)
                join articles a on a.site_id = ? and a.slug = k.slug
                on conflict do nothing""")) {
            statement.setArray(1, connection.createArrayOf("text", slugs.toArray()));
            statement.setArray(2, connection.createArrayOf("text", keys.toArray()));
            statement.setArray(3, connection.createArrayOf("integer", years.toArray()));
            statement.setArray(4, connection.createArrayOf("text", references.toArray()));
            statement.setLong(5, siteId);
            statement.execute();
        }
    }

    /**
     * Two years of plausible daily visits, so the visit counter shows something on a fresh demo; the numbers
     * come from a hash of site and day, the same on every run. The baseline stands for an old portal's total.
     */
    private void insertVisitHistory(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("""
                update sites set stats_baseline = 250000 + id * 1000;
                insert into site_daily_stats (site_id, day, visits, visitors, pageviews)
                select s.id, d.day, v.visits, v.visits * 4 / 5, v.visits * 3
                from sites s
                cross join generate_series(current_date - 730, current_date - 1, interval '1 day') as d(day)
                cross join lateral (select 120 + abs(hashtext(s.slug || d.day::text)) % 180
                                        - case when extract(isodow from d.day) > 5 then 60 else 0 end as visits) v""")) {
            statement.execute();
        }
    }

    private static void appendCsv(StringBuilder out, long siteId, long categoryId, DemoArticle article) {
        String published = article.publishedAt().toString();
        out.append(siteId).append(',').append(categoryId).append(',');
        for (String text : new String[]{article.slug(), article.title(), article.summary(), article.body(),
                article.author(), article.status(), published, published, published}) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"').append(',');
        }
        out.setCharAt(out.length() - 1, '\n');
    }

    private static void flush(CopyIn copy, StringBuilder batch) {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy demo articles", e);
        }
        batch.setLength(0);
    }

    private static long insertReturningId(Connection connection, String sql, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
