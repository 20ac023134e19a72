package vn.portalnews.article.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestAccounts.Account;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** SQL in every text field and parameter is data: stored verbatim or refused with a 4xx, never run. */
@QuarkusTest
class SqlInjectionTest {

    static final List<String> PAYLOADS = List.of(
            "'; drop table articles; --",
            "1' or '1'='1",
            "\" or \"\"=\"",
            "1; select pg_sleep(10); --",
            "') union select username, password_hash from users --",
            "%' and 1=1 --",
            "\\'; delete from users; --",
            "$$; drop table sites; $$",
            "1)::text; truncate categories cascade; --",
            "Robert'); DROP TABLE users;--",
            "' || (select string_agg(password_hash, ',') from users) || '",
            "tin' -- ");

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private Account admin;

    @BeforeEach
    void setUp() {
        site = content.site("sqli");
        content.category(site, "tin-tuc", "Tin tức", 0);
        editor = bearer(accounts.token(accounts.user("editor", editorOf(site.slug()))));
        admin = accounts.user("admin", TestAccounts.admin());
    }

    @AfterEach
    void schemaIsIntact() {
        // every table the payloads aim at still answers, and the admin can still sign in
        given().get("/api/v1/sites/" + site.slug() + "/categories").then().statusCode(200);
        given().header(editor).get("/api/v1/editor/sites/" + site.slug() + "/articles").then().statusCode(200);
        accounts.login(admin);
    }

    @TestFactory
    List<DynamicTest> shouldTreatSqlAsText() {
        String editorBase = "/api/v1/editor/sites/" + site.slug();
        String publicBase = "/api/v1/sites/" + site.slug();
        return PAYLOADS.stream().map(payload -> DynamicTest.dynamicTest(payload, () -> {
            // stored verbatim (but for the surrounding whitespace every text field drops)
            long id = ((Number) given().header(editor).contentType("application/json")
                    .body(Map.of("title", payload, "summary", payload, "author", payload, "body", "<p>" + payload + "</p>", "category", "tin-tuc"))
                    .post(editorBase + "/articles").then().statusCode(201)
                    .body("title", equalTo(payload.strip())).body("summary", equalTo(payload.strip()))
                    .body("author", equalTo(payload.strip()))
                    .extract().path("id")).longValue();
            given().header(editor).get(editorBase + "/articles/" + id).then().statusCode(200).body("title", equalTo(payload.strip()));
            given().header(editor).contentType("application/json").body(Map.of("name", payload))
                    .post(editorBase + "/categories").then().statusCode(201).body("name", equalTo(payload.strip()));
            // refused as invalid
            given().header(editor).contentType("application/json")
                    .body(Map.of("title", "t", "body", "b", "category", payload)).post(editorBase + "/articles").then().statusCode(400);
            given().header(editor).contentType("application/json")
                    .body(Map.of("title", "t", "body", "b", "category", "tin-tuc", "slug", payload)).post(editorBase + "/articles").then().statusCode(400);
            given().header(editor).contentType("application/json")
                    .body(Map.of("title", "t", "body", "b", "category", "tin-tuc", "coverImageUrl", payload)).post(editorBase + "/articles").then().statusCode(400);
            // parameters: answered, never a 500
            given().header(editor).queryParam("q", payload).get(editorBase + "/articles").then().statusCode(anyOf(is(200), is(400)));
            given().header(editor).queryParam("author", payload).get(editorBase + "/articles").then().statusCode(200);
            given().header(editor).queryParam("status", payload).get(editorBase + "/articles").then().statusCode(400);
            given().header(editor).queryParam("category", payload).get(editorBase + "/articles").then().statusCode(400);
            given().header(editor).queryParam("cursor", payload).get(editorBase + "/articles").then().statusCode(400);
            given().queryParam("q", payload).get(publicBase + "/search").then().statusCode(anyOf(is(200), is(400)));
            given().queryParam("q", payload).get(publicBase + "/search/suggest").then().statusCode(anyOf(is(200), is(400)));
            given().queryParam("category", payload).get(publicBase + "/articles").then().statusCode(400);
            given().queryParam("date", payload).get(publicBase + "/articles").then().statusCode(400);
            given().urlEncodingEnabled(true).get(publicBase + "/articles/{slug}", payload).then().statusCode(404);
            given().get("/api/v1/sites/{site}/articles", payload).then().statusCode(404);
            given().header(bearer(accounts.token(admin))).get("/api/v1/admin/users/{username}", payload).then().statusCode(404);
            given().contentType("application/json").body(Map.of("username", payload, "password", payload))
                    .post("/api/v1/auth/login").then().statusCode(401);
        })).toList();
    }
}
