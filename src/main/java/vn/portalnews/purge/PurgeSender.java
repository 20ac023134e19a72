package vn.portalnews.purge;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.OutboundAddresses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** One purge request to the configured endpoint. */
@ApplicationScoped
class PurgeSender {

    private final PurgeConfig config;
    private final ObjectMapper mapper;
    private final HttpClient client;

    PurgeSender(PurgeConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @throws IOException when the endpoint cannot be reached, may not be called, or does not answer 2xx */
    void send(List<String> tags) throws IOException, InterruptedException {
        URI url = config.url().orElseThrow();
        try {
            OutboundAddresses.check(url, config.allowPrivateAddresses());
        } catch (IllegalArgumentException e) {
            throw new IOException("purge endpoint refused: " + e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.timeout());
        if (config.style() == PurgeConfig.Style.JSON) {
            request.header("Content-Type", "application/json").method(config.method(),
                    HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(Map.of("tags", tags))));
        } else {
            request.header(config.keyHeader(), String.join(" ", tags)).method(config.method(), HttpRequest.BodyPublishers.noBody());
        }
        config.authValue().ifPresent(value -> request.header(config.authHeader(), value));
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("purge endpoint answered " + response.statusCode());
        }
    }
}
