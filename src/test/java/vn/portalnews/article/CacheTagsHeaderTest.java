package vn.portalnews.article;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** What a CDN in front is told: how long to keep each public answer, and what to purge it by. */
@QuarkusTest
class CacheTagsHeaderTest {

    @Inject
    TestContent content;

    private TestSite site;
    private String base;
    private long articleId;

    @BeforeEach
    void createSite() {
        site = content.site("tags");
        long category = content.category(site, "tin", "Tin", 0);
        articleId = content.published(site, category, "bai-gan-the", Instant.parse("2025-05-05T03:00:00Z"));
        base = "/api/v1/sites/" + site.slug();
    }

    @Test
    void shouldTagEveryListWithWhatItShows() {
        String s = site.slug();
        given().get(base + "/articles").then().statusCode(200)
                .header("Surrogate-Key", allOf(containsString("site:" + s), containsString("list:" + s),
                        containsString("article:" + articleId)));
        given().queryParam("category", "tin").get(base + "/articles").then()
                .header("Surrogate-Key", allOf(containsString("category:" + s + ":tin"), not(containsString("list:" + s))));
        given().queryParam("date", "2025-05-05").get(base + "/articles").then()
                .header("Surrogate-Key", allOf(containsString("day:" + s + ":2025-05-05"), not(containsString("list:" + s))));
        given().queryParam("from", "2025-05-01").queryParam("to", "2025-05-31").get(base + "/articles").then()
                .header("Surrogate-Key", containsString("list:" + s));
        given().get(base + "/articles/bai-gan-the").then()
                .header("Surrogate-Key", equalTo("site:" + s + " article:" + articleId));
        given().queryParam("q", "bai").get(base + "/search").then().statusCode(200)
                .header("Surrogate-Key", containsString("search:" + s));
        given().get(base + "/archive").then().header("Surrogate-Key", containsString("archive:" + s));
    }

    @Test
    void shouldLetACdnKeepContentLongAndCountersBriefly() {
        given().get(base + "/articles").then()
                .header("Cache-Control", "public, max-age=10")
                .header("CDN-Cache-Control", "public, max-age=3600, stale-while-revalidate=60, stale-if-error=86400");
        given().get(base + "/stats").then()
                .header("CDN-Cache-Control", "public, max-age=1, stale-if-error=86400");
        // a 304 says the same, so a CDN revalidating keeps the tags
        String etag = given().get(base + "/articles/bai-gan-the").then().extract().header("ETag");
        given().header("If-None-Match", etag).get(base + "/articles/bai-gan-the").then().statusCode(304)
                .header("Surrogate-Key", containsString("article:" + articleId));
    }
}
