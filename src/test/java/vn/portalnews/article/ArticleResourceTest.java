package vn.portalnews.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticleResourceTest {

    private static final Instant BASE = Instant.parse("2024-03-01T03:00:00Z");

    @Inject
    TestContent content;

    private TestSite site;
    private long news;
    private long reform;

    @BeforeEach
    void createSite() {
        site = content.site("articles");
        news = content.category(site, "tin-tuc", "Tin tức - Sự kiện", 1);
        reform = content.category(site, "cai-cach-hanh-chinh", "Cải cách hành chính", 0);
    }

    private String articles() {
        return "/api/v1/sites/" + site.slug() + "/articles";
    }

    @Test
    void shouldPageByCursorAndByPageNumberInTheSameOrder() {
        for (int i = 0; i < 45; i++) {
            // pairs share an instant, so the id must break ties consistently
            content.published(site, i % 2 == 0 ? news : reform, "bai-" + i, BASE.plus(i / 2, ChronoUnit.HOURS));
        }
        List<Integer> byCursor = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(articles()).then().statusCode(200).extract().jsonPath();
            byCursor.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        List<Integer> byPage = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            JsonPath json = given().queryParam("limit", 10).queryParam("page", page).get(articles())
                    .then().statusCode(200)
                    .body("page", equalTo(page)).body("totalItems", equalTo(45)).body("totalPages", equalTo(5))
                    .extract().jsonPath();
            byPage.addAll(json.getList("items.id", Integer.class));
        }

        assertEquals(5, pages);
        assertEquals(45, byCursor.size());
        assertEquals(byCursor, byPage);
        List<String> instants = given().queryParam("limit", 100).get(articles()).jsonPath().getList("items.publishedAt");
        List<String> sorted = new ArrayList<>(instants);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, instants, "newest first");
    }

    @Test
    void shouldOmitPageFieldsInCursorModeAndEndWithNullCursor() {
        content.published(site, news, "mot", BASE);
        given().get(articles()).then().statusCode(200)
                .body("items", hasSize(1))
                .body("$", org.hamcrest.Matchers.hasKey("nextCursor"))
                .body("nextCursor", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("totalItems")));
    }

    @Test
    void shouldPutAnArticleOnTheLocalDayOfTheSiteZone() {
        content.published(site, news, "sau-nua-dem", Instant.parse("2021-10-19T17:30:00Z"));
        content.published(site, news, "truoc-nua-dem", Instant.parse("2021-10-19T16:59:59Z"));

        given().queryParam("date", "2021-10-20").get(articles()).then().statusCode(200)
                .body("items.slug", contains("sau-nua-dem"))
                .body("items[0].publishedAt", equalTo("2021-10-20T00:30:00+07:00"));
        given().queryParam("date", "2021-10-19").get(articles()).then().statusCode(200)
                .body("items.slug", contains("truoc-nua-dem"));
        given().queryParam("from", "2021-10-19").queryParam("to", "2021-10-20").get(articles()).then()
                .body("items.slug", contains("sau-nua-dem", "truoc-nua-dem"));
        given().queryParam("from", "2021-10-20").get(articles()).then().body("items.slug", contains("sau-nua-dem"));
        given().queryParam("to", "2021-10-19").get(articles()).then().body("items.slug", contains("truoc-nua-dem"));
    }

    @Test
    void shouldFilterByCategory() {
        content.published(site, news, "tin-1", BASE);
        content.published(site, reform, "cchc-1", BASE.plusSeconds(60));
        given().queryParam("category", "cai-cach-hanh-chinh").get(articles()).then().statusCode(200)
                .body("items.slug", contains("cchc-1"))
                .body("items[0].category.name", equalTo("Cải cách hành chính"));
        given().queryParam("category", "khong-co").get(articles()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("category"));
    }

    @Test
    void shouldServeTheArticlePageWithBody() {
        content.published(site, reform, "chi-tiet", BASE);
        given().get(articles() + "/chi-tiet").then().statusCode(200)
                .body("slug", equalTo("chi-tiet"))
                .body("body", equalTo("<p>Tin chi-tiet</p>"))
                .body("author", equalTo("Phóng viên"))
                .body("viewCount", equalTo(0))
                .body("category.slug", equalTo("cai-cach-hanh-chinh"))
                .body("publishedAt", equalTo("2024-03-01T10:00:00+07:00"))
                .body("updatedAt", notNullValue());
    }

    @Test
    void shouldHideDraftsArchivedAndScheduledArticles() {
        content.article(site, news, "nhap", "Bản nháp", "DRAFT", null);
        content.article(site, news, "luu-tru", "Lưu trữ", "ARCHIVED", BASE);
        content.published(site, news, "hen-gio", Instant.now().plus(1, ChronoUnit.DAYS));
        content.published(site, news, "cong-khai", BASE);

        given().get(articles()).then().statusCode(200).body("items.slug", contains("cong-khai"));
        for (String hidden : List.of("nhap", "luu-tru", "hen-gio", "khong-ton-tai")) {
            given().get(articles() + "/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("detail", containsString(hidden));
        }
        given().get("/api/v1/sites/" + site.slug() + "/categories").then()
                .body("items.find { it.slug == 'tin-tuc' }.articleCount", equalTo(1));
    }

    @Test
    void shouldCountNumberedPagesAnewWhenTheContentChanges() {
        content.published(site, news, "mot", BASE);
        // a later page asks for the count again: its answer is not cached, the count is
        given().queryParam("page", 1).get(articles()).then().body("totalItems", equalTo(1));
        content.published(site, news, "hai", BASE.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().queryParam("page", 2).queryParam("limit", 1).get(articles()).then().body("totalItems", equalTo(2)));
        Instant due = Instant.now().plusMillis(1500);
        content.published(site, news, "ba", due); // scheduled: counted only from its instant
        given().queryParam("page", 3).queryParam("limit", 1).get(articles()).then().body("totalItems", equalTo(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("page", 3).queryParam("limit", 2).get(articles()).then().body("totalItems", equalTo(3)));
    }

    @Test
    void shouldPublishAScheduledArticleExactlyAtItsInstant() {
        content.published(site, news, "da-dang", BASE);
        Instant due = Instant.now().plusMillis(1500).truncatedTo(ChronoUnit.MILLIS);
        content.published(site, news, "dung-gio", due);
        // warm the cache before the instant: it must not keep serving the old list afterwards
        given().get(articles()).then().body("items.slug", contains("da-dang"));

        // a response that arrived before the instant must not show the article; one after it eventually does
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).until(() -> {
            boolean listed = given().get(articles()).jsonPath().getList("items.slug").contains("dung-gio");
            Instant listReceived = Instant.now();
            boolean readable = given().get(articles() + "/dung-gio").statusCode() == 200;
            Instant detailReceived = Instant.now();
            if (listed) {
                assertFalse(listReceived.isBefore(due), "listed in a response received at " + listReceived + ", before " + due);
            }
            if (readable) {
                assertFalse(detailReceived.isBefore(due), "readable in a response received at " + detailReceived + ", before " + due);
            }
            return listed && readable;
        });
        assertTrue(!Instant.now().isBefore(due));
    }

    @Test
    void shouldShowOtherNewsNearestInTimeFromTheSameCategoryToppedUpWithLatest() {
        content.published(site, reform, "goc", BASE);
        content.published(site, reform, "truoc-1-gio", BASE.minus(1, ChronoUnit.HOURS));
        content.published(site, reform, "sau-2-gio", BASE.plus(2, ChronoUnit.HOURS));
        content.published(site, reform, "truoc-3-ngay", BASE.minus(3, ChronoUnit.DAYS));
        content.published(site, reform, "sau-10-ngay", BASE.plus(10, ChronoUnit.DAYS));
        content.published(site, news, "tin-moi-nhat", BASE.plus(30, ChronoUnit.DAYS));
        content.published(site, news, "tin-cu", BASE.minus(300, ChronoUnit.DAYS));
        content.article(site, reform, "nhap-cung-muc", "Nháp", "DRAFT", null);

        given().queryParam("limit", 3).get(articles() + "/goc/related").then().statusCode(200)
                .body("items.slug", contains("truoc-1-gio", "sau-2-gio", "truoc-3-ngay"));
        given().queryParam("limit", 6).get(articles() + "/goc/related").then().statusCode(200)
                .body("items.slug", contains("truoc-1-gio", "sau-2-gio", "truoc-3-ngay", "sau-10-ngay",
                        "tin-moi-nhat", "tin-cu"));
        given().get(articles() + "/nhap-cung-muc/related").then().statusCode(404);
        given().queryParam("limit", 21).get(articles() + "/goc/related").then().statusCode(400);
    }

    @Test
    void shouldNoticeChangesMadeDirectlyInTheDatabase() {
        long id = content.published(site, news, "sua-doi", BASE);
        given().get(articles() + "/sua-doi").then().body("title", equalTo("Tin sua-doi"));
        content.execute("update articles set title = 'Tiêu đề mới', updated_at = now() where id = ?", id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get(articles() + "/sua-doi").then().body("title", equalTo("Tiêu đề mới")));
        given().get(articles()).then().body("items[0].title", equalTo("Tiêu đề mới"));
    }
}
