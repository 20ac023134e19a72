package vn.portalnews.album;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;
import vn.portalnews.media.TestFiles;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

@QuarkusTest
class AlbumResourceTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private String editorBase;
    private String publicBase;

    @BeforeEach
    void setUp() {
        site = content.site("album");
        editor = bearer(accounts.token(accounts.user("album", editorOf(site.slug()))));
        editorBase = "/api/v1/editor/sites/" + site.slug() + "/albums";
        publicBase = "/api/v1/sites/" + site.slug() + "/albums";
    }

    private long photo(String alt, String caption) {
        var request = given().header(editor).multiPart("file", "p.png", TestFiles.png(400, 300), "image/png");
        if (alt != null) {
            request.multiPart("alt", alt, "text/plain; charset=UTF-8");
        }
        if (caption != null) {
            request.multiPart("caption", caption, "text/plain; charset=UTF-8");
        }
        return ((Number) request.post("/api/v1/editor/sites/" + site.slug() + "/media").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private Response create(String json) {
        return given().header(editor).contentType("application/json; charset=UTF-8").body(json).post(editorBase);
    }

    @Test
    void shouldPublishAnAlbumWithPhotosInOrderAndPageThem() {
        long first = photo("Đội ghe xuất phát", "Xuất phát");
        long second = photo("Khán giả hai bên bờ", null);
        long third = photo("Trao giải", "Trao giải cho đội nhất");
        Response created = create("""
                {"title":"Lễ hội đua ghe 2026","description":"Hình ảnh lễ hội","published":true,
                 "photos":[{"id":%d},{"id":%d,"caption":"Người dân cổ vũ"},{"id":%d}]}""".formatted(first, second, third));
        created.then().statusCode(201).body("slug", equalTo("le-hoi-dua-ghe-2026")).body("photoCount", equalTo(3))
                .body("photos.caption", equalTo(List.of("Xuất phát", "Người dân cổ vũ", "Trao giải cho đội nhất")));

        given().get(publicBase).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].cover.id", equalTo((int) first))
                .body("items[0].cover.alt", equalTo("Đội ghe xuất phát"))
                .body("items[0].photoCount", equalTo(3));
        String cursor = given().queryParam("limit", 2).get(publicBase + "/le-hoi-dua-ghe-2026").then().statusCode(200)
                .body("photos.position", equalTo(List.of(1, 2)))
                .body("photos[1].image.alt", equalTo("Khán giả hai bên bờ"))
                .body("photos[0].image.variants[0].url", containsString("-320.webp"))
                .extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).get(publicBase + "/le-hoi-dua-ghe-2026").then()
                .body("photos.position", equalTo(List.of(3))).body("nextCursor", nullValue());
        given().queryParam("cursor", "forged").get(publicBase + "/le-hoi-dua-ghe-2026").then().statusCode(400);

        // photos in an album are in use
        given().header(editor).delete("/api/v1/editor/sites/" + site.slug() + "/media/" + second).then().statusCode(409)
                .body("detail", containsString("album"));
    }

    @Test
    void shouldKeepDraftsOffThePublicSideAndShowChangesAtOnce() {
        long id = ((Number) create("{\"title\":\"Album nháp\"}").then().statusCode(201).extract().path("id")).longValue();
        given().get(publicBase).then().body("items", hasSize(0));
        given().get(publicBase + "/album-nhap").then().statusCode(404).contentType("application/problem+json");
        given().header(editor).get(editorBase).then().body("items[0].published", equalTo(false));
        String etag = given().header(editor).get(editorBase + "/" + id).then().statusCode(200).extract().header("ETag");
        given().header(editor).header("If-Match", etag).contentType("application/json")
                .body("{\"title\":\"Album nháp\",\"published\":true}").put(editorBase + "/" + id).then().statusCode(200);
        given().get(publicBase).then().body("items[0].slug", equalTo("album-nhap"));
        given().header(editor).header("If-Match", etag).contentType("application/json").body("{\"title\":\"x\"}")
                .put(editorBase + "/" + id).then().statusCode(412);
        given().header(editor).delete(editorBase + "/" + id).then().statusCode(204);
        given().get(publicBase).then().body("items", hasSize(0));
    }

    @Test
    void shouldSayWhatIsWrongWithAnAlbum() {
        long bare = photo(null, null);
        create("{\"title\":\"A\",\"photos\":[{\"id\":" + bare + "}]}").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("photos"))
                .body("invalidParams[0].reason", containsString("no alt text"));
        create("{\"title\":\"\"}").then().statusCode(400).body("invalidParams[0].name", equalTo("title"));
        create("{\"title\":\"A\",\"photos\":[{\"id\":999999999}]}").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("there is no medium 999999999"));
        create("{\"title\":\"A\",\"slug\":\"trung\"}").then().statusCode(201);
        create("{\"title\":\"B\",\"slug\":\"trung\"}").then().statusCode(409);
        Header author = bearer(accounts.token(accounts.user("album-author", authorOf(site.slug()))));
        given().header(author).contentType("application/json").body("{\"title\":\"C\"}").post(editorBase).then().statusCode(403);
        given().queryParam("limit", 0).get(publicBase).then().statusCode(400).body("invalidParams[0].name", equalTo("limit"));
    }
}
