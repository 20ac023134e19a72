package vn.portalnews.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** fields= trims lists, details and search hits to what an app asks for; each selection is its own cached answer. */
@QuarkusTest
class FieldSelectionTest {

    @Inject
    TestContent content;

    private TestSite site;
    private String articles;

    @BeforeEach
    void setUp() {
        site = content.site("fields");
        long category = content.category(site, "tin-tuc", "Tin tức", 0);
        content.article(site, category, "hoi-nghi-nong-thon-moi", "Hội nghị xây dựng nông thôn mới", "PUBLISHED",
                Instant.parse("2026-11-20T02:00:00Z"));
        content.article(site, category, "tiem-chung-mo-rong", "Tiêm chủng mở rộng đợt hai", "PUBLISHED",
                Instant.parse("2026-11-21T02:00:00Z"));
        articles = "/api/v1/sites/" + site.slug() + "/articles";
    }

    @Test
    void shouldSendOnlyTheAskedPropertiesOfEachListItem() {
        JsonPath page = given().get(articles + "?fields=id,slug,title,publishedAt").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(2, items.size());
        for (Map<String, Object> item : items) {
            assertEquals(Set.of("id", "slug", "title", "publishedAt"), item.keySet());
        }
        assertEquals("tiem-chung-mo-rong", items.get(0).get("slug"));
        assertEquals(Set.of("items", "nextCursor"), page.getMap("").keySet(), "the page around the items stays whole");
    }

    @Test
    void shouldCacheEachSelectionApart() {
        String whole = given().get(articles).then().statusCode(200).extract().header("ETag");
        String titles = given().get(articles + "?fields=title").then().statusCode(200)
                .body("items[0].keySet()", equalTo(Set.of("title"))).extract().header("ETag");
        String reordered = given().get(articles + "?fields=title,id").then().statusCode(200).extract().header("ETag");
        assertNotEquals(whole, titles);
        assertNotEquals(titles, reordered);
        assertEquals(reordered, given().get(articles + "?fields=id,title").then().statusCode(200).extract().header("ETag"),
                "the same selection in another order is the same answer");
        given().get(articles).then().statusCode(200).header("ETag", whole).body("items[0].summary", containsString("Tiêm chủng"));
        given().header("If-None-Match", titles).get(articles + "?fields=title").then().statusCode(304);
    }

    @Test
    void shouldTrimTheDetailAndKeepNestedObjectsWhole() {
        given().get(articles + "/tiem-chung-mo-rong?fields=id,title,category").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("id", "title", "category")))
                .body("category.slug", equalTo("tin-tuc"))
                .body("category.name", equalTo("Tin tức"));
    }

    @Test
    void shouldTrimSearchHitsIncludingTheirHighlight() {
        given().get("/api/v1/sites/" + site.slug() + "/search?q=tiem+chung&fields=slug,highlight").then().statusCode(200)
                .body("items[0].keySet()", equalTo(Set.of("slug", "highlight")))
                .body("items[0].slug", equalTo("tiem-chung-mo-rong"));
    }

    @Test
    void shouldNameUnknownAndRepeatedFields() {
        for (String url : List.of(articles + "/tiem-chung-mo-rong?fields=secret",
                "/api/v1/sites/" + site.slug() + "/search?q=tiem&fields=body")) {
            given().get(url).then().statusCode(400).body("invalidParams[0].name", equalTo("fields"));
        }
        given().get(articles + "?fields=").then().statusCode(200).body("items[0].summary", containsString("Tiêm chủng"));
        given().get(articles + "?fields=id,password").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("fields"))
                .body("invalidParams[0].reason", containsString("'password'"))
                .body("invalidParams[0].reason", containsString("publishedAt"));
        given().get(articles + "?fields=title,title").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("'title'"));
    }
}
