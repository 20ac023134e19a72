package vn.portalnews.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusMock;
import vn.portalnews.MovableClock;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestAccounts.Account;
import vn.portalnews.TestContent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

@QuarkusTest
class AuthResourceTest {

    @Inject
    TestAccounts accounts;
    @Inject
    TestContent content;

    private static Response login(String username, String password) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .post("/api/v1/auth/login");
    }

    @Test
    void shouldSignInAndTellWhoIsSignedIn() {
        String site = content.site("auth").slug();
        Account account = accounts.user("bien-tap", editorOf(site));
        login(account.username(), account.password()).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("accessToken", notNullValue());
        given().header(bearer(accounts.login(account))).get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo(account.username()))
                .body("roles.site", contains(site))
                .body("roles.role", contains("EDITOR"));
    }

    @Test
    void shouldAnswerUnknownUserAndWrongPasswordAlike() {
        Account account = accounts.user("alike");
        Response wrongPassword = login(account.username(), "wrong password 123");
        Response unknownUser = login("nobody-" + account.username(), "wrong password 123");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownUser.statusCode());
        assertEquals(wrongPassword.jsonPath().getString("detail"), unknownUser.jsonPath().getString("detail"));
        assertEquals(wrongPassword.contentType(), unknownUser.contentType());
    }

    @Test
    void shouldThrottleRepeatedFailuresForOneUsernameAndAddress() {
        Account account = accounts.user("throttled");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(account.username(), "guess number " + attempt).then().statusCode(401);
        }
        // now even the right password waits: the guesser must not learn it was right
        login(account.username(), account.password()).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        int retryAfter = Integer.parseInt(login(account.username(), account.password()).header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);
        // another username from the same address is not affected
        Account other = accounts.user("not-throttled");
        login(other.username(), other.password()).then().statusCode(200);
    }

    @Test
    void shouldEvaluateNoMoreThanTheQuotaOfParallelGuesses() throws Exception {
        Account account = accounts.user("parallel");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(pool.submit(() -> login(account.username(), "wrong password " + UUID.randomUUID()).statusCode()));
            }
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                byStatus.merge(answer.get(), 1, Integer::sum);
            }
            assertEquals(Set.of(401, 429), byStatus.keySet(), byStatus.toString());
            assertTrue(byStatus.get(401) <= 5, "at most 5 guesses evaluated: " + byStatus);
        } finally {
            pool.shutdown();
        }
        login(account.username(), account.password()).then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void shouldRevokeEveryTokenOnLogout() {
        Account account = accounts.user("logout");
        String first = accounts.login(account);
        String second = accounts.login(account);
        given().header(bearer(first)).post("/api/v1/auth/logout").then().statusCode(204);
        given().header(bearer(first)).get("/api/v1/auth/me").then().statusCode(401);
        given().header(bearer(second)).get("/api/v1/auth/me").then().statusCode(401);
        given().header(bearer(accounts.login(account))).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void shouldChangePasswordAndRevokeTokens() {
        Account account = accounts.user("password");
        String token = accounts.login(account);
        given().header(bearer(token)).contentType("application/json")
                .body("{\"currentPassword\":\"not it at all\",\"newPassword\":\"a brand new secret\"}")
                .put("/api/v1/auth/password").then().statusCode(400)
                .body("invalidParams.name", contains("currentPassword"));
        given().header(bearer(token)).contentType("application/json")
                .body("{\"currentPassword\":\"" + account.password() + "\",\"newPassword\":\"short\"}")
                .put("/api/v1/auth/password").then().statusCode(400)
                .body("invalidParams.name", contains("newPassword"));
        given().header(bearer(token)).contentType("application/json")
                .body("{\"currentPassword\":\"" + account.password() + "\",\"newPassword\":\"a brand new secret\"}")
                .put("/api/v1/auth/password").then().statusCode(204);
        given().header(bearer(token)).get("/api/v1/auth/me").then().statusCode(401);
        login(account.username(), account.password()).then().statusCode(401);
        login(account.username(), "a brand new secret").then().statusCode(200);
    }

    @Test
    void shouldRefuseInvalidLoginBodies() {
        given().contentType("application/json").body("{\"username\":\"\"}").post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("password"));
        given().contentType("application/json").body("[1,2]").post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldEndSessionsOfADisabledUserAtOnce() {
        Account admin = accounts.user("admin", TestAccounts.admin());
        Account account = accounts.user("disabled");
        String token = accounts.login(account);
        given().header(bearer(accounts.login(admin))).contentType("application/json").body("{\"enabled\":false}")
                .patch("/api/v1/admin/users/" + account.username()).then().statusCode(200).body("enabled", equalTo(false));
        given().header(bearer(token)).get("/api/v1/auth/me").then().statusCode(401);
        login(account.username(), account.password()).then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenFromTheMomentItExpires() {
        MovableClock clock = new MovableClock(Instant.now());
        QuarkusMock.installMockForType(clock, Clock.class);
        Account account = accounts.user("expiry");
        String token = accounts.login(account);
        clock.advance(Duration.ofMinutes(59));
        given().header(bearer(token)).get("/api/v1/auth/me").then().statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        given().header(bearer(token)).get("/api/v1/auth/me").then().statusCode(401)
                .body("detail", containsString("expired"));
    }
}
