package vn.portalnews.site;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.portalnews.TestAccounts.bearer;

@QuarkusTest
class SiteAdminResourceTest {

    @Inject
    TestAccounts accounts;
    @Inject
    TestContent content;

    private Header admin;

    @BeforeEach
    void setUp() {
        admin = bearer(accounts.token(accounts.user("admin", TestAccounts.admin())));
    }

    @Test
    void shouldCreateASiteThatIsPublicAtOnce() {
        String slug = "xa-moi-" + UUID.randomUUID().toString().substring(0, 6);
        given().header(admin).contentType("application/json").body(Map.of("slug", slug, "name", "Cổng thông tin xã Mới"))
                .post("/api/v1/admin/sites").then().statusCode(201)
                .body("timeZone", equalTo("Asia/Ho_Chi_Minh"));
        given().get("/api/v1/sites").then().body("items.slug", hasItem(slug));
        given().get("/api/v1/sites/" + slug + "/articles").then().statusCode(200);
        given().header(admin).contentType("application/json").body(Map.of("slug", slug, "name", "Trùng"))
                .post("/api/v1/admin/sites").then().statusCode(409);
    }

    @Test
    void shouldRenameAndChangeTheTimeZone() {
        String slug = content.site("rename").slug();
        given().header(admin).contentType("application/json").body(Map.of("name", "Tên mới", "timeZone", "Asia/Bangkok"))
                .put("/api/v1/admin/sites/" + slug).then().statusCode(200)
                .body("name", equalTo("Tên mới")).body("timeZone", equalTo("Asia/Bangkok"));
        given().get("/api/v1/sites/" + slug).then().body("name", equalTo("Tên mới")).body("timeZone", equalTo("Asia/Bangkok"));
        given().header(admin).contentType("application/json").body(Map.of("name", "Tên", "timeZone", "Mars/Olympus"))
                .put("/api/v1/admin/sites/" + slug).then().statusCode(400).body("invalidParams.name", contains("timeZone"));
        given().header(admin).contentType("application/json").body(Map.of("name", "Tên", "slug", "doi-slug"))
                .put("/api/v1/admin/sites/" + slug).then().statusCode(400).body("invalidParams.name", contains("slug"));
        given().header(admin).contentType("application/json").body(Map.of("name", "Tên"))
                .put("/api/v1/admin/sites/khong-co-" + slug).then().statusCode(404);
        given().header(admin).contentType("application/json").body(Map.of("slug", "Bad Slug", "name", ""))
                .post("/api/v1/admin/sites").then().statusCode(400)
                .body("invalidParams.name", contains("name", "slug"));
    }

    @Test
    void shouldAddTheBaselineToTheVisitTotal() {
        String slug = content.site("baseline").slug();
        given().get("/api/v1/sites/" + slug + "/stats").then().body("total", equalTo(0));
        given().header(admin).contentType("application/json").body(Map.of("total", 1_250_000))
                .put("/api/v1/admin/sites/" + slug + "/stats-baseline").then().statusCode(200).body("total", equalTo(1_250_000));
        given().get("/api/v1/sites/" + slug + "/stats").then().body("total", equalTo(1_250_000));
        given().header(admin).contentType("application/json").body(Map.of("total", -1))
                .put("/api/v1/admin/sites/" + slug + "/stats-baseline").then().statusCode(400);
        given().header(admin).contentType("application/json").body("{}")
                .put("/api/v1/admin/sites/" + slug + "/stats-baseline").then().statusCode(400);
    }
}
