package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboundAddressesTest {

    @Test
    void shouldTellPrivateAddressesFromPublicOnes() throws Exception {
        for (String address : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "255.255.255.255"}) {
            assertTrue(OutboundAddresses.isPrivate(InetAddress.getByName(address)), address);
        }
        for (String address : new String[]{"8.8.8.8", "203.113.131.1", "100.128.0.1", "2001:4860:4860::8888"}) {
            assertFalse(OutboundAddresses.isPrivate(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void shouldRefuseAPrivateEndpointUnlessAllowed() {
        URI metadata = URI.create("http://169.254.169.254/latest/meta-data");
        assertThrows(IllegalArgumentException.class, () -> OutboundAddresses.check(metadata, false));
        assertDoesNotThrow(() -> OutboundAddresses.check(metadata, true));
        assertThrows(IllegalArgumentException.class, () -> OutboundAddresses.check(URI.create("http://localhost:8080/"), false));
        assertThrows(IllegalArgumentException.class, () -> OutboundAddresses.check(URI.create("file:///etc/passwd"), true));
    }
}
