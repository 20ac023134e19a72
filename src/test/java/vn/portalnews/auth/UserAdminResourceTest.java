package vn.portalnews.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestAccounts.Account;
import vn.portalnews.TestContent;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.portalnews.TestAccounts.bearer;

@QuarkusTest
class UserAdminResourceTest {

    @Inject
    TestAccounts accounts;
    @Inject
    TestContent content;

    private Header admin;
    private Account adminAccount;
    private String site;

    @BeforeEach
    void setUp() {
        adminAccount = accounts.user("admin", TestAccounts.admin());
        admin = bearer(accounts.login(adminAccount));
        site = content.site("users").slug();
    }

    private String newUser(String username, String roles) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Lê Văn Cường\",\"password\":\"mật khẩu đủ dài\",\"roles\":" + roles + "}";
    }

    @Test
    void shouldCreateAUserWhoCanSignInWithTheirRoles() {
        String username = "pv-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(admin).contentType("application/json")
                .body(newUser(username, "[{\"site\":\"" + site + "\",\"role\":\"AUTHOR\"}]"))
                .post("/api/v1/admin/users").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("username", equalTo(username))
                .body("roles.role", contains("AUTHOR"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        String token = accounts.login(new Account(username, "mật khẩu đủ dài"));
        given().header(bearer(token)).get("/api/v1/auth/me").then().statusCode(200).body("roles.site", contains(site));
        given().header(admin).contentType("application/json").body(newUser(username, "[]"))
                .post("/api/v1/admin/users").then().statusCode(409);
    }

    @Test
    void shouldNameEveryInvalidField() {
        given().header(admin).contentType("application/json")
                .body("{\"username\":\"A b\",\"displayName\":\" \",\"password\":\"short\",\"roles\":[{\"role\":\"KING\"}]}")
                .post("/api/v1/admin/users").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("username"))
                .body("invalidParams.name", hasItem("displayName"));
        given().header(admin).contentType("application/json")
                .body(newUser("nosite-" + UUID.randomUUID().toString().substring(0, 6), "[{\"site\":\"no-such-site\",\"role\":\"EDITOR\"}]"))
                .post("/api/v1/admin/users").then().statusCode(400)
                .body("invalidParams.name", contains("roles[0].site"));
        given().header(admin).contentType("application/json")
                .body(newUser("weak-" + UUID.randomUUID().toString().substring(0, 6), "[]").replace("mật khẩu đủ dài", "short"))
                .post("/api/v1/admin/users").then().statusCode(400)
                .body("invalidParams.name", contains("password"));
    }

    @Test
    void shouldReplaceRolesAndApplyThemToExistingTokens() {
        Account user = accounts.user("roles");
        String token = accounts.login(user);
        given().header(bearer(token)).get("/api/v1/editor/sites/" + site + "/articles").then().statusCode(403);
        given().header(admin).contentType("application/json")
                .body("{\"roles\":[{\"site\":\"" + site + "\",\"role\":\"EDITOR\"}]}")
                .put("/api/v1/admin/users/" + user.username() + "/roles").then().statusCode(200)
                .body("roles.role", contains("EDITOR"));
        given().header(bearer(token)).get("/api/v1/editor/sites/" + site + "/articles").then().statusCode(200);
    }

    @Test
    void shouldResetAPasswordAndRevokeTokens() {
        Account user = accounts.user("reset");
        String token = accounts.login(user);
        given().header(admin).contentType("application/json").body("{\"password\":\"chosen by the admin\"}")
                .put("/api/v1/admin/users/" + user.username() + "/password").then().statusCode(204);
        given().header(bearer(token)).get("/api/v1/auth/me").then().statusCode(401);
        accounts.login(new Account(user.username(), "chosen by the admin"));
    }

    @Test
    void shouldNotLetAnAdminLockThemselvesOut() {
        given().header(admin).contentType("application/json").body("{\"enabled\":false}")
                .patch("/api/v1/admin/users/" + adminAccount.username()).then().statusCode(409);
        given().header(admin).contentType("application/json").body("{\"roles\":[]}")
                .put("/api/v1/admin/users/" + adminAccount.username() + "/roles").then().statusCode(409);
    }

    @Test
    void shouldListUsersInPages() {
        accounts.user("page-a");
        accounts.user("page-b");
        String next = given().header(admin).queryParam("limit", 1).get("/api/v1/admin/users").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("nextCursor");
        List<String> later = new ArrayList<>();
        while (next != null) { // every page after the first, however many users earlier tests made
            var page = given().header(admin).queryParam("limit", 100).queryParam("cursor", next).get("/api/v1/admin/users")
                    .then().statusCode(200).extract().jsonPath();
            later.addAll(page.getList("items.username", String.class));
            next = page.getString("nextCursor");
        }
        assertTrue(later.contains(adminAccount.username()), "the admin is on a later page");
        given().header(admin).queryParam("limit", 0).get("/api/v1/admin/users").then().statusCode(400);
        given().header(admin).get("/api/v1/admin/users/nobody-at-all").then().statusCode(404);
        given().header(admin).get("/api/v1/admin/users/" + adminAccount.username()).then()
                .body("roles.role", containsInAnyOrder("ADMIN"));
    }
}
