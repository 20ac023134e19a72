package vn.portalnews.article.sync;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ChangeSyncTest {

    @Inject
    TestContent content;
    @Inject
    AgroalDataSource dataSource;

    /** An app's offline copy: id → title of the public articles, kept by applying what the API says changed. */
    private static final class Replica {
        final Map<Long, String> articles = new HashMap<>();
        String since;

        /** @return whether the answer said there is more */
        boolean sync(String site, int limit) {
            var request = given().queryParam("limit", limit);
            if (since != null) {
                request.queryParam("since", since);
            }
            JsonPath page = request.get("/api/v1/sites/" + site + "/changes").then().statusCode(200)
                    .header("Cache-Control", "no-store").extract().jsonPath();
            List<Map<String, Object>> changed = page.getList("changed");
            for (Map<String, Object> article : changed) {
                articles.put(((Number) article.get("id")).longValue(), (String) article.get("title"));
            }
            for (Number removed : page.<Number>getList("removed")) {
                articles.remove(removed.longValue());
            }
            since = page.getString("next");
            return page.getBoolean("more");
        }

        void syncAll(String site, int limit) {
            while (sync(site, limit)) {
                // ask again at once, as `more` says
            }
        }
    }

    private Map<Long, String> publicArticles(TestSite site) throws Exception {
        Map<Long, String> articles = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select id, title from articles where site_id = ? and status = 'PUBLISHED' and published_at <= now()")) {
            statement.setLong(1, site.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    articles.put(rows.getLong("id"), rows.getString("title"));
                }
            }
        }
        return articles;
    }

    @Test
    void shouldSendEveryArticleFirstThenOnlyWhatChanged() throws Exception {
        TestSite site = content.site("sync");
        long category = content.category(site, "tin", "Tin", 0);
        long kept = content.published(site, category, "giu", Instant.parse("2026-11-01T01:00:00Z"));
        long edited = content.published(site, category, "sua", Instant.parse("2026-11-02T01:00:00Z"));
        long unpublished = content.published(site, category, "go", Instant.parse("2026-11-03T01:00:00Z"));
        long deleted = content.published(site, category, "xoa", Instant.parse("2026-11-04T01:00:00Z"));
        content.article(site, category, "nhap", "Nháp", "DRAFT", null);
        Replica app = new Replica();
        app.syncAll(site.slug(), 2);
        assertEquals(publicArticles(site), app.articles, "the initial sync, two changes a page");

        content.execute("update articles set title = 'Tin đã sửa', updated_at = now() where id = ?", edited);
        content.execute("update articles set status = 'DRAFT' where id = ?", unpublished);
        content.execute("delete from articles where id = ?", deleted);
        content.execute("update articles set version = version + 1 where id = ?", kept); // nothing a reader sees
        JsonPath page = given().queryParam("since", app.since).get("/api/v1/sites/" + site.slug() + "/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) edited), page.getList("changed.id"));
        assertEquals(List.of((int) unpublished, (int) deleted), page.getList("removed"));

        // scheduled before the last sync, public since: sent although no row changed
        app.syncAll(site.slug(), 10);
        long scheduled = content.published(site, category, "hen-gio", Instant.now().plus(Duration.ofSeconds(2)));
        app.syncAll(site.slug(), 10);
        assertTrue(!app.articles.containsKey(scheduled));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            app.syncAll(site.slug(), 10);
            return app.articles.containsKey(scheduled);
        });
        assertEquals(publicArticles(site), app.articles);

        given().queryParam("since", "forged").get("/api/v1/sites/" + site.slug() + "/changes").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNeverSkipAChangeCommittedWhileASyncRuns() throws Exception {
        TestSite site = content.site("sync-race");
        long category = content.category(site, "tin", "Tin", 0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            ids.add(content.published(site, category, "bai-" + i, Instant.parse("2026-11-01T01:00:00Z").plusSeconds(i)));
        }
        Replica app = new Replica();
        app.syncAll(site.slug(), 5);

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                Random random = new Random(writer);
                // each article changes once: a skipped change would stay missing, not be covered by a later one
                List<Long> mine = new ArrayList<>();
                for (int i = writer; i < ids.size(); i += 4) {
                    mine.add(ids.get(i));
                }
                java.util.Collections.shuffle(mine, random);
                for (int i = 0; i < mine.size(); i++) {
                    long id = mine.get(i);
                    // the transaction takes its id with the update, then holds it open a while: transactions that
                    // start later commit first, which is the order a timestamp or a sequence would get wrong
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        try (var update = connection.prepareStatement("""
                                update articles set title = ?, updated_at = now(),
                                       status = case when ? then 'DRAFT' else 'PUBLISHED' end where id = ?""")) {
                            update.setString(1, "Tin " + id + " bản " + writer + "-" + i);
                            update.setBoolean(2, random.nextInt(5) == 0);
                            update.setLong(3, id);
                            update.executeUpdate();
                        }
                        try (var pause = connection.prepareStatement("select pg_sleep(?)")) {
                            pause.setDouble(1, random.nextInt(30) / 1000.0);
                            pause.execute();
                        }
                        connection.commit();
                    }
                }
                return null;
            }));
        }
        Future<?> reader = Executors.newSingleThreadExecutor().submit(() -> {
            while (writing.get()) {
                app.sync(site.slug(), 500); // at the head of the log, where uncommitted transactions are
            }
            return null;
        });
        for (Future<?> writer : done) {
            writer.get();
        }
        writing.set(false);
        reader.get();
        writers.shutdown();
        app.syncAll(site.slug(), 3);
        assertEquals(publicArticles(site), app.articles, "the app's copy equals the public side after all writers committed");
    }
}
