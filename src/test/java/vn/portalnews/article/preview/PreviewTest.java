package vn.portalnews.article.preview;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.MovableClock;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

@QuarkusTest
class PreviewTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    @Test
    void shouldShowADraftByItsLinkUntilItExpiresOrIsRevoked() {
        MovableClock clock = new MovableClock(Instant.now());
        QuarkusMock.installMockForType(clock, Clock.class);
        TestSite site = content.site("preview");
        content.category(site, "tin", "Tin", 0);
        Header editor = bearer(accounts.token(accounts.user("preview", editorOf(site.slug()))));
        long id = ((Number) given().header(editor).contentType("application/json; charset=UTF-8")
                .body("{\"title\":\"Dự thảo kế hoạch\",\"body\":\"<p>Bản nháp</p>\",\"category\":\"tin\"}")
                .post("/api/v1/editor/sites/" + site.slug() + "/articles").then().statusCode(201).extract().path("id")).longValue();
        String articles = "/api/v1/editor/sites/" + site.slug() + "/articles/" + id;

        String url = given().header(editor).post(articles + "/preview").then().statusCode(201).extract().path("url");
        given().get(url).then().statusCode(200).header("Cache-Control", "no-store")
                .body("title", equalTo("Dự thảo kế hoạch")).body("body", equalTo("<p>Bản nháp</p>"));
        given().get("/api/v1/sites/" + site.slug() + "/articles/du-thao-ke-hoach").then().statusCode(404);
        given().get("/api/v1/sites/" + site.slug() + "/preview/" + "A".repeat(43)).then().statusCode(404);

        // the reader sees each save at once: nothing of a preview is cached
        given().header(editor).header("If-Match", "\"v0\"").contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\":\"Dự thảo kế hoạch (sửa)\"}").patch(articles).then().statusCode(200);
        given().get(url).then().statusCode(200).body("title", equalTo("Dự thảo kế hoạch (sửa)"));

        clock.advance(Duration.ofMinutes(61));
        given().get(url).then().statusCode(404).contentType("application/problem+json");
        editor = bearer(accounts.token(accounts.user("preview-later", editorOf(site.slug())))); // the first token expired too

        String second = given().header(editor).post(articles + "/preview").then().statusCode(201).extract().path("url");
        given().get(second).then().statusCode(200);
        given().header(editor).delete(articles + "/preview").then().statusCode(204);
        given().get(second).then().statusCode(404);

        Header otherAuthor = bearer(accounts.token(accounts.user("preview-author", authorOf(site.slug()))));
        given().header(otherAuthor).post(articles + "/preview").then().statusCode(403);
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }
}
