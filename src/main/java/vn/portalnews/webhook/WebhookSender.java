package vn.portalnews.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.OutboundAddresses;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** One attempt at one delivery: checked, signed, sent, and its outcome measured; never throws. */
@ApplicationScoped
class WebhookSender {

    record Outcome(Instant at, Integer statusCode, long latencyMs, String error) {
        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }

    private static final String USER_AGENT = "PortalNewsAPI-Webhooks/1";

    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient client;
    private final Set<String> allowedPrivate;

    WebhookSender(WebhookConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.allowedPrivate = config.allowedPrivateAddresses().map(Set::copyOf).orElse(Set.of());
    }

    /** @throws IllegalArgumentException naming why the URL may not be called */
    void checkTarget(URI url) throws UnknownHostException {
        OutboundAddresses.check(url, this::allowed, "portal.webhooks.allowed-private-addresses");
    }

    private boolean allowed(InetAddress address) {
        return allowedPrivate.contains(address.getHostAddress());
    }

    CompletableFuture<Outcome> send(WebhookQueries.Due due) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        URI url;
        try {
            url = URI.create(due.url());
            checkTarget(url);
        } catch (IllegalArgumentException | UnknownHostException e) {
            return CompletableFuture.completedFuture(new Outcome(at, null, 0, "refused: " + e.getMessage()));
        }
        byte[] body = due.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", due.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(secrets(due, at), due.messageId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        // The answer's body is never read: closing the stream at once keeps a receiver from feeding us endlessly.
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .handle((response, failure) -> {
                    long latency = (System.nanoTime() - started) / 1_000_000;
                    if (failure != null) {
                        return new Outcome(at, null, latency, describe(failure));
                    }
                    closeQuietly(response.body());
                    int status = response.statusCode();
                    return new Outcome(at, status, latency, status / 100 == 2 ? null : "answered " + status);
                });
    }

    /** The current secret, and the one before a rotation while it is still honoured. */
    private static List<String> secrets(WebhookQueries.Due due, Instant now) {
        List<String> secrets = new ArrayList<>(List.of(due.secret()));
        if (due.previousSecret() != null && due.previousSecretUntil() != null && now.isBefore(due.previousSecretUntil())) {
            secrets.add(due.previousSecret());
        }
        return secrets;
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused or unreachable";
        }
        return cause.getMessage() == null ? "connection failed" : "connection failed: " + cause.getMessage();
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (java.io.IOException ignored) {
            // the status is what counts
        }
    }
}
