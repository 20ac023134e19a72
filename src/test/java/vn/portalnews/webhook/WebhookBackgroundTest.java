package vn.portalnews.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;

/** With the worker running as it does in production, a change reaches the receiver without anyone driving it. */
@QuarkusTest
@TestProfile(WebhookBackgroundTest.WorkerRunning.class)
class WebhookBackgroundTest {

    public static class WorkerRunning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.webhooks.send", "true", "portal.webhooks.interval", "PT0.1S");
        }
    }

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    @Test
    void shouldDeliverInTheBackground() throws Exception {
        TestContent.TestSite site = content.site("hooks-bg");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var admin = bearer(accounts.token(accounts.user("bg-admin", TestAccounts.admin())));
            given().header(admin).contentType("application/json")
                    .body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"category.*\"]}")
                    .post("/api/v1/admin/sites/" + site.slug() + "/webhooks").then().statusCode(201);
            given().header(admin).contentType("application/json").body("{\"name\":\"Văn bản\"}")
                    .post("/api/v1/editor/sites/" + site.slug() + "/categories").then().statusCode(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.accepted().isEmpty());
            assertTrue(receiver.accepted().get(0).body().contains("\"type\":\"category.created\""));
        }
    }
}
