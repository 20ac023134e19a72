package vn.portalnews.purge;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Editors' changes reach a CDN's purge endpoint: the right tags, once, retried, and again when a schedule falls due. */
@QuarkusTest
@TestProfile(PurgeWorkerTest.WithPurgeEndpoint.class)
class PurgeWorkerTest {

    public static class WithPurgeEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.purge.url", "http://127.0.0.1:" + PurgeReceiver.PORT + "/purge",
                    "portal.purge.allow-private-addresses", "true",
                    "portal.purge.auth-value", "Bearer test-purge-token",
                    "portal.purge.interval", "PT0.1S");
        }
    }

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;
    @Inject
    PurgeWorker worker;
    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private PurgeReceiver receiver;
    private TestSite site;
    private Header editor;
    private String editorBase;

    @BeforeEach
    void setUp() throws Exception {
        receiver = new PurgeReceiver();
        site = content.site("purge");
        content.category(site, "tin-tuc", "Tin tức", 0);
        editor = bearer(accounts.token(accounts.user("purger", editorOf(site.slug()))));
        editorBase = "/api/v1/editor/sites/" + site.slug() + "/articles";
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** Purges naming this tag that wait to be sent. */
    private long purgesWaiting(String tag) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from cdn_purges where ? = any(tags)")) {
            statement.setString(1, tag);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long draft() {
        return ((Number) given().header(editor).contentType("application/json")
                .body("{\"title\":\"Tin cần xóa bộ nhớ đệm\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\"}")
                .post(editorBase).then().statusCode(201).extract().path("id")).longValue();
    }

    private void publish(long id, Instant at) {
        given().header(editor).contentType("application/json").body("{\"at\":\"" + at + "\"}")
                .post(editorBase + "/" + id + "/publish").then().statusCode(200);
    }

    @Test
    void shouldPurgeWhatAPublicationChangesOnceItCommits() throws Exception {
        long id = draft();
        // a draft shows nowhere: nothing was sent, and nothing waits to be (a purge row leaves only once sent)
        assertTrue(receiver.received.isEmpty() && purgesWaiting("article:" + id) == 0, "a draft shows nowhere: nothing to purge");
        Instant at = Instant.parse("2026-03-02T20:00:00Z"); // 3 March in Vietnam
        publish(id, at);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(receiver.tags(), hasItems(
                "article:" + id, "list:" + site.slug(), "category:" + site.slug() + ":tin-tuc",
                "day:" + site.slug() + ":2026-03-03", "search:" + site.slug(), "archive:" + site.slug())));
        PurgeReceiver.Purge purge = receiver.received.get(0);
        assertEquals("POST", purge.method());
        assertEquals("Bearer test-purge-token", purge.authorization());
    }

    @Test
    void shouldRetryAPurgeTheEndpointRefused() {
        receiver.failuresToGive.set(2);
        long id = draft();
        publish(id, Instant.parse("2026-03-02T20:00:00Z"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(receiver.tags(), hasItems("article:" + id)));
        assertEquals(0, receiver.failuresToGive.get());
    }

    @Test
    void shouldPurgeAgainWhenAScheduledArticleFallsDue() {
        long id = draft();
        Instant at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        publish(id, at);
        await().atMost(Duration.ofSeconds(5)).until(() -> Collections.frequency(receiver.tags(), "article:" + id) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Collections.frequency(receiver.tags(), "article:" + id) == 2);
        assertTrue(Instant.now().isAfter(at), "the second purge came when the article became public");
        assertTrue(receiver.tags().contains("day:" + site.slug() + ":" + at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()));
    }

    @Test
    void shouldSendEachPurgeOnceWhateverTheInstances() throws Exception {
        int purges = 300;
        for (int i = 0; i < purges; i++) {
            content.execute("insert into cdn_purges (tags, due_at) values (array[?], now() - interval '1 second')", "once:" + i);
        }
        // this instance's own worker keeps running; three more take part, as other instances would
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                workers.add(() -> {
                    for (int round = 0; round < 10; round++) {
                        worker.sendDue();
                    }
                    return null;
                });
            }
            for (Future<Void> done : instances.invokeAll(workers)) {
                done.get();
            }
        } finally {
            instances.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.tags().stream().filter(tag -> tag.startsWith("once:")).count() >= purges);
        List<String> once = receiver.tags().stream().filter(tag -> tag.startsWith("once:")).toList();
        assertEquals(purges, once.size(), "some purge was sent twice");
        assertEquals(purges, once.stream().distinct().count());
    }
}
