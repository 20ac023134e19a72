package vn.portalnews.category;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

@QuarkusTest
class EditorCategoryResourceTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private Header author;
    private String base;
    private String publicCategories;

    @BeforeEach
    void setUp() {
        site = content.site("categories");
        editor = bearer(accounts.token(accounts.user("editor", editorOf(site.slug()))));
        author = bearer(accounts.token(accounts.user("author", authorOf(site.slug()))));
        base = "/api/v1/editor/sites/" + site.slug() + "/categories";
        publicCategories = "/api/v1/sites/" + site.slug() + "/categories";
    }

    private void create(String json) {
        given().header(editor).contentType("application/json").body(json).post(base).then().statusCode(201);
    }

    @Test
    void shouldCreateRenameReorderAndShowItPubliclyAtOnce() {
        given().get(publicCategories).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().header(editor).contentType("application/json").body(Map.of("name", "An ninh - Quốc phòng"))
                .post(base).then().statusCode(201)
                .header("Location", endsWith(base + "/an-ninh-quoc-phong"))
                .body("slug", equalTo("an-ninh-quoc-phong")).body("position", equalTo(0));
        create("{\"name\":\"Đời sống\",\"slug\":\"doi-song\"}");
        given().get(publicCategories).then().body("items.slug", contains("an-ninh-quoc-phong", "doi-song"));

        given().header(editor).contentType("application/json").body(Map.of("name", "Văn hóa - Đời sống", "position", 0))
                .put(base + "/doi-song").then().statusCode(200).body("slug", equalTo("doi-song"));
        given().header(editor).contentType("application/json").body(Map.of("name", "An ninh - Quốc phòng", "position", 5))
                .put(base + "/an-ninh-quoc-phong").then().statusCode(200);
        given().get(publicCategories).then().body("items.name", contains("Văn hóa - Đời sống", "An ninh - Quốc phòng"));
        given().header(author).get(base).then().statusCode(200).body("items.slug", contains("doi-song", "an-ninh-quoc-phong"));
    }

    @Test
    void shouldRefuseDuplicatesBadSlugsAndAuthors() {
        create("{\"name\":\"Thông báo\"}");
        given().header(editor).contentType("application/json").body("{\"name\":\"Khác\",\"slug\":\"thong-bao\"}")
                .post(base).then().statusCode(409);
        given().header(editor).contentType("application/json").body("{\"name\":\"Thông báo\"}")
                .post(base).then().statusCode(201).body("slug", equalTo("thong-bao-2"));
        given().header(editor).contentType("application/json").body("{\"name\":\"\",\"slug\":\"A B\",\"position\":-1}")
                .post(base).then().statusCode(400).body("invalidParams.name", contains("name", "position", "slug"));
        given().header(author).contentType("application/json").body("{\"name\":\"Tác giả\"}").post(base).then().statusCode(403);
        given().header(editor).contentType("application/json").body("{\"name\":\"Đổi\",\"slug\":\"thong-bao-2\"}")
                .put(base + "/thong-bao").then().statusCode(409);
        given().header(editor).delete(base + "/khong-co").then().statusCode(404);
    }

    @Test
    void shouldRefuseToDeleteACategoryInUse() {
        long used = content.category(site, "dang-dung", "Đang dùng", 0);
        content.category(site, "trong", "Trống", 1);
        content.article(site, used, "bai-nhap", "Bài nháp", "DRAFT", null);
        given().header(editor).delete(base + "/dang-dung").then().statusCode(409).contentType("application/problem+json");
        given().header(editor).delete(base + "/trong").then().statusCode(204);
        given().get(publicCategories).then().body("items.slug", contains("dang-dung"));
    }
}
