package vn.portalnews.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.MovableClock;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestAccounts.Account;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/**
 * Webhooks through HTTP on PostgreSQL, with the background worker off (the test profile): each test makes the
 * worker's rounds itself, as an instance would, so retries and leases are driven by a moved clock, not by waiting.
 */
@QuarkusTest
class WebhookTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;
    @Inject
    WebhookWorker worker;
    @Inject
    WebhookOutbox outbox;
    @Inject
    ObjectMapper json;

    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private WebhookReceiver receiver;
    private TestSite site;
    private Account admin;
    private Account editor;
    private String hooks;

    @BeforeEach
    void setUp() throws Exception {
        QuarkusMock.installMockForType(clock, Clock.class);
        receiver = new WebhookReceiver();
        site = content.site("hooks");
        content.category(site, "tin-tuc", "Tin tức", 0);
        admin = accounts.user("hook-admin", TestAccounts.admin());
        editor = accounts.user("hook-editor", editorOf(site.slug()));
        hooks = "/api/v1/admin/sites/" + site.slug() + "/webhooks";
        drain(); // deliveries other tests left due must not be counted here
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldSignEachDeliveryTheWayAReceiverVerifiesIt() throws Exception {
        long endpoint = register("[\"article.*\"]");
        String secret = secret(endpoint);
        long id = publishedArticle("Thông báo lịch tiếp công dân");
        given().header(asEditor()).contentType("application/json").body("{\"name\":\"Thông báo\"}")
                .post("/api/v1/editor/sites/" + site.slug() + "/categories").then().statusCode(201);

        assertEquals(1, worker.sendDue());
        WebhookReceiver.Received request = receiver.accepted().get(0);
        assertTrue(WebhookReceiver.verifies(request, secret), "the signature verifies with the endpoint's secret");
        assertFalse(WebhookReceiver.verifies(request, WebhookSignature.newSecret()), "and with no other");
        assertTrue(request.id().startsWith("msg_"));
        assertTrue(Math.abs(Long.parseLong(request.timestamp()) - clock.instant().getEpochSecond()) <= 1);
        JsonNode body = json.readTree(request.body());
        assertEquals("article.published", body.get("type").asText());
        assertEquals(id, body.at("/data/id").asLong());
        assertEquals(site.slug(), body.at("/data/site").asText());
        List<String> tags = json.convertValue(body.at("/data/cacheTags"), List.class);
        assertTrue(tags.containsAll(List.of("article:" + id, "list:" + site.slug(), "search:" + site.slug())), tags.toString());
        assertTrue(body.at("/data/urls").toString().contains("/api/v1/sites/" + site.slug() + "/articles/"));
        assertEquals(1, receiver.received.size(), "the category event was not subscribed to");
    }

    @Test
    void shouldRetryWithBackoffUntilTheReceiverAccepts() {
        long endpoint = register("[\"article.published\"]");
        receiver.failuresToGive.set(2);
        publishedArticle("Kế hoạch tổ chức ngày hội");

        assertEquals(0, worker.sendDue());
        assertEquals(0, worker.sendDue(), "not due again before its wait");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, worker.sendDue());
        clock.advance(Duration.ofMinutes(4));
        assertEquals(0, worker.sendDue(), "the second wait is five minutes");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, worker.sendDue());

        assertEquals(3, receiver.received.size());
        assertEquals(1, receiver.received.stream().map(WebhookReceiver.Received::id).distinct().count(),
                "every attempt carries the same webhook-id");
        given().header(asAdmin()).get(hooks + "/" + endpoint + "/deliveries").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].messageId", equalTo(receiver.received.get(0).id()))
                .body("items[0].attemptLog.statusCode", equalTo(List.of(204, 503, 503)))
                .body("items[0].attemptLog[0].latencyMs", notNullValue())
                .body("items[0].nextAttemptAt", nullValue());
    }

    @Test
    void shouldGiveUpAfterTheLastRetryAndRedeliverOnRequest() {
        long endpoint = register("[\"*\"]");
        receiver.failuresToGive.set(1000);
        publishedArticle("Tin không đến được");
        for (int attempt = 0; attempt < 8; attempt++) {
            worker.sendDue();
            clock.advance(Duration.ofHours(11));
        }
        assertEquals(8, receiver.received.size(), "the first attempt and seven retries, over about a day");
        long delivery = ((Number) given().header(asAdmin()).get(hooks + "/" + endpoint + "/deliveries?status=failed")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].attempts", equalTo(8))
                .extract().path("items[0].id")).longValue();
        assertEquals(0, worker.sendDue(), "given up: nothing is due");

        receiver.failuresToGive.set(0);
        given().header(asAdmin()).post(hooks + "/" + endpoint + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(202).body("status", equalTo("pending"));
        assertEquals(1, worker.sendDue());
        assertEquals(receiver.received.get(0).id(), receiver.accepted().get(0).id(), "the same message again");
        given().header(asAdmin()).get(hooks + "/" + endpoint + "/deliveries/" + delivery).then().statusCode(200)
                .body("status", equalTo("delivered")).body("attemptLog", hasSize(9));
    }

    @Test
    void shouldDeliverWhatCommittedEvenIfTheInstanceDiesBeforeSending() {
        register("[\"article.published\"]");
        publishedArticle("Tin gửi sau khi máy chủ khởi động lại");
        // an instance takes the delivery and dies before sending it: its lease holds the row for a while
        assertEquals(1, outbox.claimDue(10).size());
        assertEquals(0, worker.sendDue(), "leased by the instance that died");
        assertTrue(receiver.received.isEmpty());
        clock.advance(WebhookOutbox.LEASE);
        assertEquals(1, worker.sendDue(), "another instance sends it once the lease ends");
        assertEquals(1, receiver.received.size());
    }

    @Test
    void shouldRecordNothingForAChangeThatRolledBack() {
        long endpoint = register("[\"*\"]");
        long id = draft("Tin bị từ chối");
        given().header(asEditor()).header("If-Match", "\"v99\"").contentType("application/json").body("{}")
                .post("/api/v1/editor/sites/" + site.slug() + "/articles/" + id + "/publish").then().statusCode(412);
        assertEquals(0, worker.sendDue());
        given().header(asAdmin()).get(hooks + "/" + endpoint + "/deliveries").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldTellAScheduledPublicationAtItsInstantAndWithdrawItWhenCalledOff() throws Exception {
        register("[\"article.*\"]");
        long id = draft("Tin hẹn giờ");
        publish(id, clock.instant().plus(Duration.ofHours(1)));
        assertEquals(0, worker.sendDue(), "not public yet: nothing to tell");
        clock.advance(Duration.ofHours(1));
        assertEquals(1, worker.sendDue());
        assertEquals("article.published", json.readTree(receiver.received.get(0).body()).get("type").asText());

        long other = draft("Tin hẹn giờ rồi hủy");
        publish(other, clock.instant().plus(Duration.ofHours(1)));
        given().header(asEditor()).post("/api/v1/editor/sites/" + site.slug() + "/articles/" + other + "/unpublish")
                .then().statusCode(200);
        assertEquals(1, worker.sendDue());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, worker.sendDue(), "the called-off publication is never told");
        assertEquals("article.unpublished", json.readTree(receiver.received.get(1).body()).get("type").asText());
    }

    @Test
    void shouldTellDocumentEvents() throws Exception {
        register("[\"document.*\"]");
        long document = content.document(site, "13/KH-UBND");
        content.execute("update documents set status = 'DRAFT' where id = ?", document);
        given().header(asEditor()).post("/api/v1/editor/sites/" + site.slug() + "/documents/" + document + "/publish")
                .then().statusCode(200);
        publishedArticle("Tin không được đăng ký nhận");
        assertEquals(1, worker.sendDue());
        JsonNode body = json.readTree(receiver.accepted().get(0).body());
        assertEquals("document.published", body.get("type").asText());
        assertEquals("13/KH-UBND", body.at("/data/number").asText());
        assertTrue(body.at("/data/cacheTags").toString().contains("document:" + document));
        assertEquals(1, receiver.received.size());
    }

    @Test
    void shouldSignWithBothSecretsWhileOneRotates() throws Exception {
        long endpoint = register("[\"media.*\"]");
        String old = secret(endpoint);
        String rotated = given().header(asAdmin()).post(hooks + "/" + endpoint + "/secret/rotate").then().statusCode(200)
                .header("Cache-Control", "no-store").body("previousSecretValidUntil", notNullValue())
                .extract().path("secret");
        given().header(asAdmin()).post(hooks + "/" + endpoint + "/ping").then().statusCode(202)
                .body("event", equalTo("webhook.ping"));
        assertEquals(1, worker.sendDue());
        WebhookReceiver.Received during = receiver.received.get(0);
        assertEquals(2, during.signature().split(" ").length);
        assertTrue(WebhookReceiver.verifies(during, rotated) && WebhookReceiver.verifies(during, old));

        clock.advance(Duration.ofHours(25));
        given().header(asAdmin()).post(hooks + "/" + endpoint + "/ping").then().statusCode(202);
        assertEquals(1, worker.sendDue());
        WebhookReceiver.Received after = receiver.received.get(1);
        assertEquals(1, after.signature().split(" ").length);
        assertTrue(WebhookReceiver.verifies(after, rotated));
        assertFalse(WebhookReceiver.verifies(after, old));
    }

    @Test
    void shouldRefuseTargetsOnPrivateAddressesAndUnknownEvents() {
        for (String url : List.of("http://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]:8080/hook",
                "http://0.0.0.0/", "http://192.168.1.1/")) {
            given().header(asAdmin()).contentType("application/json")
                    .body("{\"url\":\"" + url + "\",\"events\":[\"*\"]}").post(hooks)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", hasItem("url"))
                    .body("invalidParams.reason", hasItem(containsString("private address")));
        }
        given().header(asAdmin()).contentType("application/json").body("{\"url\":\"ftp://example.com/x\",\"events\":[\"*\"]}")
                .post(hooks).then().statusCode(400).body("invalidParams[0].reason", containsString("http"));
        given().header(asAdmin()).contentType("application/json")
                .body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"article.published\",\"article.read\"]}")
                .post(hooks).then().statusCode(400).body("invalidParams[0].name", equalTo("events[1]"));
        given().header(asEditor()).get(hooks).then().statusCode(403);
        given().get(hooks).then().statusCode(401);
    }

    @Test
    void shouldKeepEndpointsPerSiteWithVersions() {
        long endpoint = register("[\"article.*\"]");
        String etag = given().header(asAdmin()).get(hooks + "/" + endpoint).then().statusCode(200)
                .body("events", equalTo(List.of("article.*"))).extract().header("ETag");
        given().header(asAdmin()).header("If-Match", etag).contentType("application/json")
                .body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"media.*\"],\"enabled\":false}")
                .put(hooks + "/" + endpoint).then().statusCode(200).body("enabled", equalTo(false));
        given().header(asAdmin()).header("If-Match", etag).contentType("application/json")
                .body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"*\"]}")
                .put(hooks + "/" + endpoint).then().statusCode(412);
        given().header(asAdmin()).get(hooks).then().statusCode(200).body("items", hasSize(1));
        given().header(asAdmin()).get("/api/v1/admin/sites/" + content.site("other").slug() + "/webhooks/" + endpoint)
                .then().statusCode(404);
        given().header(asAdmin()).delete(hooks + "/" + endpoint).then().statusCode(204);
        given().header(asAdmin()).get(hooks + "/" + endpoint).then().statusCode(404);
    }

    private long register(String events) {
        return ((Number) given().header(asAdmin()).contentType("application/json")
                .body("{\"url\":\"" + receiver.url() + "\",\"events\":" + events + ",\"description\":\"Thử\"}")
                .post(hooks).then().statusCode(201).header("Location", containsString(hooks + "/"))
                .extract().path("id")).longValue();
    }

    private String secret(long endpoint) {
        return given().header(asAdmin()).get(hooks + "/" + endpoint + "/secret").then().statusCode(200)
                .header("Cache-Control", "no-store").body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .extract().path("secret");
    }

    private long publishedArticle(String title) {
        long id = draft(title);
        publish(id, clock.instant());
        return id;
    }

    private long draft(String title) {
        return ((Number) given().header(asEditor()).contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"body\":\"<p>Nội dung</p>\",\"category\":\"tin-tuc\"}")
                .post("/api/v1/editor/sites/" + site.slug() + "/articles").then().statusCode(201).extract().path("id")).longValue();
    }

    private void publish(long id, Instant at) {
        given().header(asEditor()).contentType("application/json").body("{\"at\":\"" + at + "\"}")
                .post("/api/v1/editor/sites/" + site.slug() + "/articles/" + id + "/publish").then().statusCode(200);
    }

    /** Tokens are issued at the moved clock's time, so they are valid however far a test moved it. */
    private Header asAdmin() {
        return bearer(accounts.token(admin));
    }

    private Header asEditor() {
        return bearer(accounts.token(editor));
    }

    private void drain() {
        worker.sendDue(); // other tests' deliveries, if any were left due
    }
}
