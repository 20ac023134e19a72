package vn.portalnews.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The caller's address, for visitor counting and login throttling. */
@ApplicationScoped
public class ClientAddresses {

    private final boolean trustForwardedFor;

    ClientAddresses(ClientAddressConfig config) {
        this.trustForwardedFor = config.trustForwardedFor();
    }

    public String of(HttpServerRequest request) {
        String forwardedFor = request.getHeader("X-Forwarded-For");
        // Only a proxy we run may speak for the client; otherwise anyone could pick their own address.
        if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
            return forwardedFor.split(",")[0].trim();
        }
        return request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    }
}
