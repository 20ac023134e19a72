package vn.portalnews.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;

/** The caller's address, for visitor counting and login throttling. */
@ApplicationScoped
public class ClientAddresses {

    /** Longer is no address (IPv6 with a zone is under 50 characters): a forged header is not kept whole. */
    private static final int MAX_LENGTH = 64;

    private final boolean trustForwardedFor;
    private final int trustedProxies;

    ClientAddresses(ClientAddressConfig config) {
        this.trustForwardedFor = config.trustForwardedFor();
        this.trustedProxies = Math.max(1, config.trustedProxies());
    }

    public String of(HttpServerRequest request) {
        String remote = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
        return trustForwardedFor ? fromForwardedFor(request.getHeader("X-Forwarded-For"), trustedProxies, remote) : remote;
    }

    /**
     * The entry the outermost of our {@code trustedProxies} proxies appended: each proxy appends the address it
     * was called from, so entries to the left of it were written by the client and prove nothing.
     */
    static String fromForwardedFor(String header, int trustedProxies, String remote) {
        if (header == null || header.isBlank()) {
            return remote;
        }
        String[] entries = Arrays.stream(header.split(",")).map(String::trim).toArray(String[]::new);
        String address = entries[Math.max(0, entries.length - trustedProxies)];
        if (address.isEmpty()) {
            return remote;
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
