package vn.portalnews.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Every list says where its next page is in a Link header, and a browser on another origin may read it. */
@QuarkusTest
class PageLinkHeaderTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    @Test
    void shouldLinkTheNextPageOfPublicAndEditorLists() {
        TestSite site = content.site("links");
        long category = content.category(site, "tin", "Tin", 0);
        for (int i = 0; i < 3; i++) {
            content.published(site, category, "bai-" + i, Instant.parse("2026-11-0" + (i + 1) + "T03:00:00Z"));
        }
        String base = "/api/v1/sites/" + site.slug() + "/articles";
        String cursor = given().queryParam("limit", 2).queryParam("category", "tin").get(base).then().statusCode(200)
                .extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("category", "tin").get(base).then()
                .header("Link", equalTo("<" + base + "?limit=2&category=tin&cursor=" + cursor + ">; rel=\"next\""));
        given().queryParam("limit", 2).queryParam("cursor", cursor).get(base).then().header("Link", nullValue());
        given().queryParam("limit", 1).queryParam("page", 2).get(base).then()
                .header("Link", allOf(containsString("page=1>; rel=\"prev\""), containsString("page=3>; rel=\"next\""),
                        containsString("page=3>; rel=\"last\"")));

        String editor = accounts.token(accounts.user("links", editorOf(site.slug())));
        given().header(bearer(editor)).queryParam("limit", 1).get("/api/v1/editor/sites/" + site.slug() + "/articles").then()
                .statusCode(200).header("Link", containsString("rel=\"next\""));
    }

    @Test
    void shouldLetABrowserOnAnotherOriginReadThePagingAndVersionHeaders() {
        given().header("Origin", "https://xaanbinh.gov.vn").get("/api/v1/sites").then().statusCode(200)
                .header("Access-Control-Expose-Headers", allOf(containsString("Link"), containsString("ETag"),
                        containsString("Retry-After"), containsString("Content-Disposition")));
    }
}
