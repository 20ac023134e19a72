package vn.portalnews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.Header;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.auth.RoleGrant;
import vn.portalnews.auth.TokenService;
import vn.portalnews.auth.UserAccount;
import vn.portalnews.auth.UserInput;
import vn.portalnews.auth.UserService;

import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Users for tests, created through the service (hashing included), signed in over HTTP or directly. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private final UserService users;
    private final TokenService tokens;

    TestAccounts(UserService users, TokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    public record Account(String username, String password) {
    }

    public Account user(String prefix, RoleGrant... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserInput(username, "Người dùng " + prefix, PASSWORD, Arrays.asList(roles)));
        return new Account(username, PASSWORD);
    }

    public static RoleGrant editorOf(String site) {
        return new RoleGrant(site, "EDITOR");
    }

    public static RoleGrant authorOf(String site) {
        return new RoleGrant(site, "AUTHOR");
    }

    public static RoleGrant admin() {
        return new RoleGrant(null, "ADMIN");
    }

    /** Through POST /api/v1/auth/login, as a client would. */
    public String login(Account account) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + account.username() + "\",\"password\":\"" + account.password() + "\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** A token under the user's current generation, without a login (no throttling, no bcrypt). */
    public String token(Account account) {
        return tokens.issue(entity(account)).token();
    }

    public UserAccount entity(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(account.username()).orElseThrow());
    }

    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }
}
