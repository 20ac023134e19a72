package vn.portalnews.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Bytes PostgreSQL cannot store, oversized hits, URIs and headers, and the headers every answer carries. */
@QuarkusTest
class HostileInputTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private String base;

    @BeforeEach
    void createSite() {
        site = content.site("hostile");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "bai", Instant.parse("2022-01-01T00:00:00Z"));
        base = "/api/v1/sites/" + site.slug();
    }

    @Test
    void shouldRefuseTheNulCharacterInPathsAndQueriesNamingTheParameter() {
        given().urlEncodingEnabled(false).get(base + "/articles/%00").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("slug"));
        given().urlEncodingEnabled(false).get(base + "/articles/a%00b/related").then().statusCode(400)
                .body("invalidParams.name", hasItem("slug"));
        given().urlEncodingEnabled(false).get(base + "/articles?category=%00").then().statusCode(400)
                .body("invalidParams.name", hasItem("category"));
        given().urlEncodingEnabled(false).get(base + "/search?q=x&category=%00").then().statusCode(400)
                .body("invalidParams.name", hasItem("category"));
    }

    @Test
    void shouldRefuseTheNulCharacterInJsonNamingTheField() {
        given().contentType("application/json").body("{\"username\":\"a\\u0000b\",\"password\":\"whatever it is\"}")
                .post("/api/v1/auth/login").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("username"));
        String token = accounts.token(accounts.user("nul-editor", editorOf(site.slug())));
        given().header(bearer(token)).contentType("application/json")
                .body("{\"title\":\"Tin\\u0000 mới\",\"body\":\"<p>x</p>\",\"category\":\"tin\"}")
                .post("/api/v1/editor/sites/" + site.slug() + "/articles").then().statusCode(400)
                .body("invalidParams.name", hasItem("title"));
        given().header(bearer(token)).contentType("application/json")
                .body("{\"name\":\"Mục\\u0000\"}")
                .post("/api/v1/editor/sites/" + site.slug() + "/categories").then().statusCode(400)
                .body("invalidParams.name", hasItem("name"));
    }

    @Test
    void shouldRefuseAnOversizedHitBeforeReadingIt() {
        given().contentType("application/json").header("User-Agent", "Mozilla/5.0")
                .body("{\"article\":\"bai\",\"padding\":\"" + "x".repeat(10_000) + "\"}")
                .post(base + "/hits").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        given().contentType("application/json").header("User-Agent", "Mozilla/5.0").body("{\"article\":\"bai\"}")
                .post(base + "/hits").then().statusCode(202);
    }

    @Test
    void shouldRefuseJsonBodiesThatDoNotSayTheirLengthOrSayTooMuch() throws Exception {
        // buffered before anything could count it: a body must declare its length (uploads excepted, they go to disk)
        assertTrue(rawPost("Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n").startsWith("HTTP/1.1 411"));
        String tooLarge = rawPost("Content-Length: 10485761\r\n\r\n");
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.contains("application/problem+json"), tooLarge);
    }

    /** A sign-in request written by hand: HTTP clients will not send a length they do not mean. */
    private static String rawPost(String rest) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\n" + rest).getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(300), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void shouldAnswerAnOverlongUriWithProblemDetails() {
        given().get(base + "/search?q=" + "a".repeat(5_000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        // under the limit the request reaches the resource, which has its own bound on q
        given().get(base + "/search?q=" + "a".repeat(3_000)).then().statusCode(400)
                .body("invalidParams.name", hasItem("q"));
    }

    @Test
    void shouldAnswerOversizedHeadersWithProblemDetails() {
        given().header("X-Padding", "p".repeat(21_000)).get(base + "/articles").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        given().header("X-Padding", "p".repeat(15_000)).get(base + "/articles").then().statusCode(200);
    }

    @Test
    void shouldSendTheSameSafetyHeadersOnEveryAnswer() {
        given().header("Origin", "https://xa.example.vn").get(base + "/articles").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", containsString("Origin")).header("Vary", containsString("Accept-Encoding"))
                .header("Cache-Control", containsString("public"));
        given().get(base + "/khong-co-gi").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().contentType("application/json").body("{\"username\":\"nobody-here\",\"password\":\"wrong password!\"}")
                .post("/api/v1/auth/login").then().statusCode(401).header("Cache-Control", "no-store")
                .header("Cache-Control", not(containsString("public")));
    }
}
