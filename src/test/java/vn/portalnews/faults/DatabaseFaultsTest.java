package vn.portalnews.faults;

import io.quarkus.test.common.QuarkusTestResource;
import vn.portalnews.OwnPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service on a PostgreSQL the test owns, stopped, frozen and exhausted under it: accepted hits are all
 * counted after an outage, cached answers are served meanwhile, database trouble is a 503 with Retry-After,
 * and a stalled change listener is noticed, reconnected and said in readiness.
 */
@QuarkusTest
@TestProfile(DatabaseFaultsTest.Faults.class)
@QuarkusTestResource(value = OwnPostgres.class, restrictToAnnotatedClass = true)
class DatabaseFaultsTest {

    /** Demo content for a site to count on; a small pool that one test can exhaust, waited for briefly. */
    // the pool test asks numbered pages nobody asked before, so the response cache cannot answer them
    public static class Faults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.demo.enabled", "true", "portal.demo.articles-per-site", "30",
                    "quarkus.datasource.jdbc.max-size", "4", "quarkus.datasource.jdbc.acquisition-timeout", "PT1S");
        }
    }

    private static final String SITE = "/api/v1/sites/xa-an-binh";

    private static Connection direct() throws SQLException {
        return OwnPostgres.connect();
    }

    private static long pageviews() throws SQLException {
        try (Connection connection = direct(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("select coalesce(sum(pageviews), 0) from site_daily_stats")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The process id of the backend the change listener listens on, 0 while there is none. */
    private static long listenerBackend() throws SQLException {
        try (Connection connection = direct(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("select pid from pg_stat_activity where query like 'LISTEN%'")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static int hit(int visitor) {
        return given().contentType("application/json").header("User-Agent", "Mozilla/5.0 fault-visitor-" + visitor)
                .body("{}").post(SITE + "/hits").statusCode();
    }

    @Test
    void shouldCountEveryAcceptedHitAfterTheDatabaseWasDown() throws Exception {
        long before = pageviews();
        String latest = given().get(SITE + "/articles?limit=3").then().statusCode(200).extract().asString();
        int accepted = 0;
        for (int i = 0; i < 50; i++) {
            accepted += hit(i) == 202 ? 1 : 0;
        }
        OwnPostgres.stopServer();
        try {
            for (int i = 50; i < 150; i++) {
                accepted += hit(i) == 202 ? 1 : 0; // in memory: the flusher keeps failing meanwhile
            }
            Response cached = given().get(SITE + "/articles?limit=3");
            assertEquals(200, cached.statusCode(), cached.asString());
            assertEquals(latest, cached.asString(), "a cached answer is still served");
            Response reading = given().get(SITE + "/articles/does-not-matter");
            assertEquals(503, reading.statusCode(), reading.asString());
            assertEquals("application/problem+json", reading.contentType());
            assertTrue(Integer.parseInt(reading.header("Retry-After")) > 0);
        } finally {
            OwnPostgres.startServer();
        }
        assertEquals(150, accepted);
        await().atMost(Duration.ofSeconds(30)).until(() -> pageviews() - before == 150);
        // ready again once the change listener has reconnected and heard its first ping
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void shouldAnswer503WhenThePoolIsExhaustedAndRecover() throws Exception {
        try (Connection locker = direct(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table articles in access exclusive mode");
            ExecutorService readers = Executors.newFixedThreadPool(12);
            try {
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    int page = i + 1;
                    answers.add(readers.submit(() -> given().queryParam("page", page).get(SITE + "/articles")));
                }
                Thread.sleep(3_000);
                locker.rollback();
                int unavailable = 0;
                for (Future<Response> answer : answers) {
                    Response response = answer.get();
                    assertTrue(response.statusCode() == 200 || response.statusCode() == 503, response.asString());
                    if (response.statusCode() == 503) {
                        unavailable++;
                        assertTrue(Integer.parseInt(response.header("Retry-After")) > 0);
                        assertEquals("application/problem+json", response.contentType());
                    }
                }
                assertTrue(unavailable > 0, "a pool of 4 cannot serve 12 waiting readers within a second");
            } finally {
                readers.shutdownNow();
            }
        }
        given().get(SITE + "/articles").then().statusCode(200);
    }

    @Test
    void shouldNoticeAStalledChangeListenerAndHearAgain() throws Exception {
        // an earlier test may have had the database down
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        long listener = await().atMost(Duration.ofSeconds(10)).until(DatabaseFaultsTest::listenerBackend, pid -> pid > 0);
        OwnPostgres.signal(listener, "STOP");
        try {
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    given().get("/q/health/ready").statusCode() == 503);
        } finally {
            OwnPostgres.signal(listener, "CONT");
        }
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("portal_content_listener_stalls_total"));
        given().get("/q/health/ready").then().body("status", equalTo("UP"));
    }
}
