package vn.portalnews.site;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SiteResourceTest {

    @Inject
    TestContent content;

    @Test
    void shouldListAndDescribeSites() {
        TestSite site = content.site("sites");
        // written straight to the database: the cached list learns of it through NOTIFY, a moment later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/v1/sites").then().statusCode(200).body("items.slug", hasItem(site.slug())));
        given().get("/api/v1/sites/" + site.slug()).then().statusCode(200)
                .body("slug", equalTo(site.slug()))
                .body("timeZone", equalTo("Asia/Ho_Chi_Minh"));
    }

    @Test
    void shouldListCategoriesInOrderWithPublicCounts() {
        TestSite site = content.site("categories");
        long second = content.category(site, "thong-bao", "Thông báo", 2);
        long first = content.category(site, "tin-tuc", "Tin tức", 1);
        content.published(site, first, "a", Instant.parse("2022-01-01T00:00:00Z"));
        content.published(site, first, "b", Instant.parse("2022-01-02T00:00:00Z"));
        content.article(site, second, "c", "Nháp", "DRAFT", null);
        given().get("/api/v1/sites/" + site.slug() + "/categories").then().statusCode(200)
                .body("items.slug", contains("tin-tuc", "thong-bao"))
                .body("items.articleCount", contains(2, 0));
    }

    @Test
    void shouldServeTheApiIndex() {
        given().get("/api/v1").then().statusCode(200).body("sites", equalTo("/api/v1/sites"));
    }
}
