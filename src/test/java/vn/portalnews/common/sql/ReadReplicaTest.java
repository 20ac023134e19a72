package vn.portalnews.common.sql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.OwnPostgres;
import vn.portalnews.TestAccounts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/**
 * The service on a primary and a streaming replica of it that the test makes (pg_basebackup -R): anonymous
 * public reads go to the replica, editors to the primary, and an editor sees their change at once even while
 * the replica has stopped replaying it.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.Replicated.class)
@QuarkusTestResource(value = OwnPostgres.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "replica", value = "true"))
class ReadReplicaTest {

    public static class Replicated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // every read reaches the database, so where it went can be counted
            return Map.of("portal.demo.enabled", "true", "portal.demo.articles-per-site", "30",
                    "portal.cache.max-bytes", "0", "portal.cache.recent-max-age", "0S");
        }
    }

    private static final String SITE = "/api/v1/sites/xa-an-binh";

    @Inject
    TestAccounts accounts;

    private static Connection replica() throws SQLException {
        return OwnPostgres.connectToReplica();
    }

    private static long statementsOnReplica() throws SQLException {
        try (Connection connection = replica(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select xact_commit from pg_stat_database where datname = 'postgres'")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void replay(boolean on) throws SQLException {
        try (Connection connection = replica(); Statement statement = connection.createStatement()) {
            statement.execute(on ? "select pg_wal_replay_resume()" : "select pg_wal_replay_pause()");
        }
    }

    @BeforeEach
    void replicaCaughtUp() throws SQLException {
        replay(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Connection connection = replica(); Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select count(*) from articles")) {
                result.next();
                return result.getLong(1) > 0;
            }
        });
    }

    @Test
    void shouldServeAnonymousReadsFromTheReplica() throws SQLException {
        long before = statementsOnReplica();
        for (int page = 1; page <= 20; page++) {
            given().queryParam("page", page).queryParam("limit", 1).get(SITE + "/articles").then().statusCode(200);
        }
        // pg_stat_database counts a little late: the replica's backends report when they go idle
        await().atMost(Duration.ofSeconds(5)).until(() -> statementsOnReplica() - before >= 20);
    }

    @Test
    void shouldShowAnEditorsChangeAtOnceWhileTheReplicaLags() throws SQLException {
        Header editor = bearer(accounts.token(accounts.user("replica-editor", editorOf("xa-an-binh"))));
        String slug = given().get(SITE + "/articles?limit=1").then().statusCode(200).extract().path("items[0].slug");
        long id = ((Number) given().get(SITE + "/articles/" + slug).then().extract().path("id")).longValue();
        replay(false); // the replica stops applying what the primary writes
        try {
            String etag = given().header(editor).get("/api/v1/editor/sites/xa-an-binh/articles/" + id).then().statusCode(200)
                    .extract().header("ETag");
            given().header(editor).header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"title\":\"Tiêu đề vừa sửa trên máy chủ chính\"}")
                    .patch("/api/v1/editor/sites/xa-an-binh/articles/" + id).then().statusCode(200);
            given().get(SITE + "/articles/" + slug).then().statusCode(200)
                    .body("title", equalTo("Tiêu đề vừa sửa trên máy chủ chính"));
        } finally {
            replay(true);
        }
    }

    @Test
    void shouldReadFromThePrimaryWhileTheReplicaIsDown() {
        OwnPostgres.stopReplica();
        try {
            for (int page = 21; page <= 25; page++) {
                given().queryParam("page", page).queryParam("limit", 1).get(SITE + "/articles").then().statusCode(200);
            }
        } finally {
            OwnPostgres.startReplica();
        }
    }
}
