package vn.portalnews.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class HttpCachingTest {

    @Inject
    TestContent content;

    @Test
    void shouldAnswerEveryPublicGetWith304WhenTheETagMatches() {
        TestSite site = content.site("etag");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "bai", Instant.parse("2022-05-05T05:05:05Z"));
        String base = "/api/v1/sites/" + site.slug();
        for (String path : List.of("/api/v1/sites", base, base + "/categories", base + "/articles",
                base + "/articles?page=1", base + "/articles/bai", base + "/articles/bai/related",
                base + "/archive?year=2022", base + "/archive")) {
            String etag = given().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("\"[A-Za-z0-9_.-]+\""))
                    .header("Cache-Control", equalTo("public, max-age=10"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304)
                    .header("ETag", equalTo(etag)).body(emptyString());
            given().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldChangeTheETagWhenTheContentChanges() {
        TestSite site = content.site("etag-change");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "bai", Instant.parse("2022-05-05T05:05:05Z"));
        String path = "/api/v1/sites/" + site.slug() + "/articles";
        String before = given().get(path).then().extract().header("ETag");
        content.published(site, category, "bai-moi", Instant.parse("2022-05-06T05:05:05Z"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("If-None-Match", before).get(path).then().statusCode(200)
                        .body("items[0].slug", equalTo("bai-moi")));
        assertNotEquals(before, given().get(path).header("ETag"));
    }

    @Test
    void shouldCompressAndAllowCrossOriginReads() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/sites").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
        given().header("Origin", "https://portal.example.vn").get("/api/v1/sites").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://portal.example.vn"))
                .header("Access-Control-Expose-Headers", not(emptyString()));
    }
}
