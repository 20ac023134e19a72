package vn.portalnews.article;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;
import vn.portalnews.stats.HitCollector;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Counting views never drops a rendered page, yet the page shows the new total within seconds. */
@QuarkusTest
class ArticleViewCountsTest {

    @Inject
    TestContent content;
    @Inject
    HitCollector collector;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ArticleViewCounts viewCounts;

    private TestSite site;
    private String base;
    private long articleId;

    @BeforeEach
    void createSite() {
        site = content.site("views");
        long category = content.category(site, "tin", "Tin", 0);
        articleId = content.published(site, category, "bai-doc", Instant.parse("2024-03-01T00:00:00Z"));
        base = "/api/v1/sites/" + site.slug();
        given().get(base + "/stats").then().statusCode(200); // this instance knows the site before its hits
    }

    @Test
    void shouldShowNewViewsOnACachedPageWithoutAnnouncingAContentChange() throws Exception {
        String before = given().get(base + "/articles/bai-doc").then().statusCode(200).body("viewCount", equalTo(0))
                .extract().header("ETag");
        try (Connection listener = dataSource.getConnection(); Statement statement = listener.createStatement()) {
            statement.execute("listen portal_content");
            given().contentType("application/json").header("User-Agent", "Mozilla/5.0 reader")
                    .body("{\"article\":\"bai-doc\"}").post(base + "/hits").then().statusCode(202);
            collector.flush();
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                    given().get(base + "/articles/bai-doc").then().body("viewCount", equalTo(1)));
            assertFalse(notifications(listener).contains(String.valueOf(site.id())), "a counted view announced a content change");

            String after = given().get(base + "/articles/bai-doc").then().extract().header("ETag");
            assertNotEquals(before, after, "the answer changed, so must its tag");
            assertEquals(before.substring(0, before.indexOf('.')), after.substring(0, after.indexOf('.')),
                    "the content part of the tag stays");
            given().header("If-None-Match", after).get(base + "/articles/bai-doc").then().statusCode(304);

            // the listener does hear a change of what readers see
            content.execute("update articles set title = 'Tin đã sửa' where id = ?", articleId);
            await().atMost(Duration.ofSeconds(5)).until(() -> notifications(listener).contains(String.valueOf(site.id())));
        }
    }

    @Test
    void shouldShowTotalsAnotherInstanceWroteOnEveryCachedAnswer() {
        // a total stamped in the future (a clock ahead, a scheduled demo article) must not hide later ones
        long scheduled = content.published(site, content.category(site, "lich", "Lịch", 1), "bai-hen-gio",
                Instant.now().plusSeconds(86_400));
        long seen = viewCounts.version();
        content.execute("insert into article_counters (article_id, site_id, view_count, counted_at) values (?, ?, 5, now() + interval '1 day')",
                scheduled, site.id());
        await().atMost(Duration.ofSeconds(3)).until(() -> viewCounts.version() > seen); // a refresh took it in
        given().get(base + "/articles/bai-doc").then().body("viewCount", equalTo(0));
        given().get(base + "/articles").then().body("items.viewCount", hasItem(0));
        // another instance's flush: the same statement's effect, straight in the database (no change notified)
        content.execute("insert into article_counters (article_id, site_id, view_count, counted_at) values (?, ?, 77, now())",
                articleId, site.id());
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            given().get(base + "/articles/bai-doc").then().body("viewCount", equalTo(77));
            given().get(base + "/articles").then().body("items[0].viewCount", equalTo(77));
            given().queryParam("period", "all").get(base + "/articles/popular").then()
                    .body("items[0].viewCount", equalTo(77));
        });
    }

    private static List<String> notifications(Connection connection) throws Exception {
        List<String> payloads = new ArrayList<>();
        PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications(200);
        if (received != null) {
            for (PGNotification notification : received) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }
}
