package vn.portalnews.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProblemDetailsTest {

    @Inject
    TestContent content;

    private TestSite site;
    private String articles;

    @BeforeEach
    void createSite() {
        site = content.site("problems");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "bai", Instant.parse("2022-01-01T00:00:00Z"));
        content.published(site, category, "bai-2", Instant.parse("2022-01-02T00:00:00Z"));
        articles = "/api/v1/sites/" + site.slug() + "/articles";
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://portal-news.example/problems/" + type))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("detail", allOf(not(containsString("Exception")), not(containsString("java."))));
    }

    @Test
    void shouldNameEveryInvalidListParameter() {
        problem(given().queryParam("limit", 0).queryParam("date", "2021-02-30").queryParam("page", "x")
                .get(articles).then(), 400, "invalid-parameter")
                .body("invalidParams.name", containsInAnyOrder("limit", "date", "page"));
        problem(given().queryParam("limit", 101).get(articles).then(), 400, "invalid-parameter")
                .body("invalidParams[0].reason", equalTo("must be between 1 and 100"));
        problem(given().queryParam("from", "2022-02-01").queryParam("to", "2022-01-01").get(articles).then(),
                400, "invalid-parameter").body("invalidParams[0].name", equalTo("to"));
        problem(given().queryParam("date", "2022-01-01").queryParam("from", "2022-01-01").get(articles).then(),
                400, "invalid-parameter").body("invalidParams[0].name", equalTo("date"));
        problem(given().queryParam("date", "20-1-1").get(articles).then(), 400, "invalid-parameter");
        problem(given().queryParam("date", "0001-01-01").get(articles).then(), 400, "invalid-parameter");
        problem(given().queryParam("limit", "99999999999999999999").get(articles).then(), 400, "invalid-parameter");
    }

    @Test
    void shouldRejectGarbledForgedAndForeignCursors() {
        String cursor = given().queryParam("limit", 1).get(articles).then().extract().path("nextCursor");
        // change a character in the middle: the last one of unpadded base64 may carry only ignored bits
        int middle = cursor.length() / 2;
        String forged = cursor.substring(0, middle) + (cursor.charAt(middle) == 'A' ? 'B' : 'A') + cursor.substring(middle + 1);
        for (String bad : new String[]{"garbage!", "AAAA", forged, cursor + "AA", "%00", "x".repeat(300)}) {
            problem(given().queryParam("cursor", bad).get(articles).then(), 400, "invalid-parameter")
                    .body("invalidParams[0].name", equalTo("cursor"));
        }
        // the same position is not valid for another filter, nor with page
        problem(given().queryParam("cursor", cursor).queryParam("category", "tin").get(articles).then(),
                400, "invalid-parameter");
        problem(given().queryParam("cursor", cursor).queryParam("page", 2).get(articles).then(),
                400, "invalid-parameter");
        given().queryParam("cursor", cursor).queryParam("limit", 1).get(articles).then().statusCode(200)
                .body("items[0].slug", equalTo("bai"));
    }

    @Test
    void shouldAnswerUnknownSitesArticlesAndRoutesWith404() {
        problem(given().get("/api/v1/sites/khong-co").then(), 404, "not-found")
                .body("detail", containsString("khong-co"));
        problem(given().get("/api/v1/sites/khong-co/articles").then(), 404, "not-found");
        problem(given().get(articles + "/khong-co").then(), 404, "not-found");
        problem(given().get("/api/v1/khong-co").then(), 404, "not-found");
        problem(given().get("/khong-co/o-dau").then(), 404, "not-found");
        problem(given().get(articles + "/bai/related/x").then(), 404, "not-found")
                .body("instance", startsWith("/api/v1/sites/"));
    }

    @Test
    void shouldRefuseWrongMethodsAndMediaTypes() {
        problem(given().contentType("application/json").body("{}").post(articles).then(), 405, "method-not-allowed")
                .header("Allow", "GET, HEAD");
        problem(given().delete("/api/v1/sites").then(), 405, "method-not-allowed");
        problem(given().accept("application/xml").get(articles).then(), 406, "not-acceptable");
    }

    @Test
    void shouldTreatHostileInputAsPlainText() {
        problem(given().queryParam("category", "' or 1=1 --").get(articles).then(), 400, "invalid-parameter");
        problem(given().get(articles + "/' or '1'='1").then(), 404, "not-found");
        given().get("/api/v1/sites/" + site.slug() + "/articles").then().statusCode(200);
    }
}
