package vn.portalnews.common;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Outbound calls (CDN purges, webhooks) go to public addresses only, unless an operator allowed private
 * ones: a URL someone could point at the metadata service, the database or the admin port of a neighbour must
 * not make this service call it.
 */
public final class OutboundAddresses {

    private OutboundAddresses() {
    }

    /** @throws IllegalArgumentException naming why the URL may not be called */
    public static void check(URI url, boolean allowPrivate) throws UnknownHostException {
        check(url, address -> allowPrivate, "portal.purge.allow-private-addresses");
    }

    /**
     * @param allowed a private address the operator allowed (a receiver on this machine, say)
     * @param setting the setting that allows it, named in the refusal
     * @throws IllegalArgumentException naming why the URL may not be called
     */
    public static void check(URI url, Predicate<InetAddress> allowed, String setting) throws UnknownHostException {
        if (url.getScheme() == null || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
            throw new IllegalArgumentException("only http and https URLs are called, not " + url.getScheme());
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("the URL names no host");
        }
        for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
            if (isPrivate(address) && !allowed.test(address)) {
                throw new IllegalArgumentException(url.getHost() + " resolves to " + address.getHostAddress()
                        + ", a private address (allow with " + setting + ")");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0                                   // "this network"
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64.0.0/10
                || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                || first >= 240;                            // reserved, broadcast
    }
}
