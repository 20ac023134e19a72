package vn.portalnews.article.sync;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.SyncReplica;
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
        SyncReplica app = new SyncReplica("/api/v1/sites/" + site.slug() + "/changes", "title");
        app.syncAll(2);
        assertEquals(publicArticles(site), app.items, "the initial sync, two changes a page");

        content.execute("update articles set title = 'Tin đã sửa', updated_at = now() where id = ?", edited);
        content.execute("update articles set status = 'DRAFT' where id = ?", unpublished);
        content.execute("delete from articles where id = ?", deleted);
        content.execute("update articles set version = version + 1 where id = ?", kept); // nothing a reader sees
        JsonPath page = given().queryParam("since", app.since).get("/api/v1/sites/" + site.slug() + "/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) edited), page.getList("changed.id"));
        assertEquals(List.of((int) unpublished, (int) deleted), page.getList("removed"));

        // scheduled before the last sync, public since: sent although no row changed
        app.syncAll(10);
        long scheduled = content.published(site, category, "hen-gio", Instant.now().plus(Duration.ofSeconds(2)));
        app.syncAll(10);
        assertTrue(!app.items.containsKey(scheduled));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            app.syncAll(10);
            return app.items.containsKey(scheduled);
        });
        assertEquals(publicArticles(site), app.items);

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
        SyncReplica app = new SyncReplica("/api/v1/sites/" + site.slug() + "/changes", "title");
        app.syncAll(5);
        app.syncWhileWriting(dataSource, ids, """
                update articles set title = ?, updated_at = now(),
                       status = case when ? then 'DRAFT' else 'PUBLISHED' end where id = ?""");
        assertEquals(publicArticles(site), app.items, "the app's copy equals the public side after all writers committed");
    }
}
