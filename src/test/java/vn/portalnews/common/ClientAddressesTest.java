package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressesTest {

    @Test
    void shouldTakeTheEntryOurProxyAppendedNotTheClientsOwn() {
        assertEquals("198.51.100.7", ClientAddresses.fromForwardedFor("1.2.3.4, 198.51.100.7", 1, "10.0.0.1"));
        assertEquals("198.51.100.7", ClientAddresses.fromForwardedFor("forged, 198.51.100.7, 10.0.0.2", 2, "10.0.0.1"));
    }

    @Test
    void shouldFallBackToTheConnectionWithoutAHeader() {
        assertEquals("10.0.0.1", ClientAddresses.fromForwardedFor(null, 1, "10.0.0.1"));
        assertEquals("10.0.0.1", ClientAddresses.fromForwardedFor(" ", 1, "10.0.0.1"));
        assertEquals("10.0.0.1", ClientAddresses.fromForwardedFor("1.2.3.4, ", 1, "10.0.0.1"));
    }

    @Test
    void shouldTakeTheLeftmostWhenTheChainIsShorterThanOurProxies() {
        assertEquals("203.0.113.5", ClientAddresses.fromForwardedFor("203.0.113.5", 2, "10.0.0.1"));
    }

    @Test
    void shouldNotKeepAForgedHeaderWhole() {
        assertEquals(64, ClientAddresses.fromForwardedFor("x".repeat(10_000), 1, "10.0.0.1").length());
    }
}
