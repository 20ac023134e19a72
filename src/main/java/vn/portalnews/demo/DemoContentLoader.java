package vn.portalnews.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.portalnews.common.PortalConfig;
import vn.portalnews.demo.DemoContentGenerator.DemoArticle;
import vn.portalnews.demo.DemoContentGenerator.DemoCategory;
import vn.portalnews.demo.DemoContentGenerator.DemoSite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Fills an empty database with the demo portals when {@code portal.demo.enabled} is on. */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Serializes concurrent first starts of several instances. */
    private static final long LOCK_KEY = 0x504f5254414cL;
    private static final int COPY_BATCH_BYTES = 1 << 20;

    private final PortalConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoContentLoader(PortalConfig config, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(30).toSeconds()).run(this::loadIfEmpty);
        }
    }

    private void loadIfEmpty() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY).getSingleResult();
        long sites = ((Number) entityManager.createNativeQuery("select count(*) from sites").getSingleResult()).longValue();
        if (sites > 0) {
            return;
        }
        long started = System.nanoTime();
        int perSite = config.demo().articlesPerSite();
        var generator = new DemoContentGenerator(config.demo().seed(), clock.instant(), ZONE);
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (DemoSite site : DemoContentGenerator.SITES) {
                insert(connection, site, perSite, generator);
            }
        });
        LOG.infof("Demo content: %d sites with %d articles each, written in %d ms",
                DemoContentGenerator.SITES.size(), perSite, (System.nanoTime() - started) / 1_000_000);
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
        // COPY: a 100k-article benchmark corpus loads in seconds instead of minutes of INSERTs.
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy articles (site_id, category_id, slug, title, summary, body, author_name, status,
                               published_at, created_at, updated_at, view_count) from stdin with (format csv)""");
        StringBuilder batch = new StringBuilder(COPY_BATCH_BYTES + 8192);
        try {
            generator.articles(site, articles, article -> {
                appendCsv(batch, siteId, categoryIds.get(article.categorySlug()), article);
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
    }

    private static void appendCsv(StringBuilder out, long siteId, long categoryId, DemoArticle article) {
        String published = article.publishedAt().toString();
        out.append(siteId).append(',').append(categoryId).append(',');
        for (String text : new String[]{article.slug(), article.title(), article.summary(), article.body(),
                article.author(), article.status(), published, published, published}) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"').append(',');
        }
        out.append(article.viewCount()).append('\n');
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
