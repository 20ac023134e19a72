package vn.portalnews.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldMatchTheStandardWebhooksExample() {
        // the specification's example; the expected value was computed here with openssl dgst -sha256 -mac HMAC as well
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.header(
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY));
    }

    @Test
    void shouldSignWithEverySecretGivenInOrder() {
        String first = WebhookSignature.newSecret();
        String second = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(first, second), "msg_1", 1, BODY);
        assertEquals("v1," + WebhookSignature.sign(first, "msg_1", 1, BODY) + " v1," + WebhookSignature.sign(second, "msg_1", 1, BODY), header);
    }

    @Test
    void shouldMakeFreshSecretsOfThirtyTwoBytes() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, java.util.Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }

    @Test
    void shouldAcceptEventsGroupsAndAllButNothingElse() {
        assertTrue(EventTypes.isValidFilter("article.published"));
        assertTrue(EventTypes.isValidFilter("media.*"));
        assertTrue(EventTypes.isValidFilter("*"));
        for (String wrong : List.of("article", "article.read", "page.*", ".*", "webhook.ping", "ARTICLE.PUBLISHED")) {
            assertTrue(!EventTypes.isValidFilter(wrong), wrong);
        }
        assertEquals(List.of("category.deleted", "category.*", "*"), List.of(EventTypes.filtersSelecting("category.deleted")));
    }
}
