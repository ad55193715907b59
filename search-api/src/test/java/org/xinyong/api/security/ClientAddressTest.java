package org.xinyong.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyong.core.settings.SettingsException;

/** Whose budget an anonymous request spends. */
class ClientAddressTest {
    private final ClientAddress behindNginx = new ClientAddress(List.of("10.0.0.2", "::1"));

    @Test
    void withoutTrustedProxies_thePeerIsTheClient_whateverTheHeaderSays() {
        ClientAddress direct = new ClientAddress(List.of());
        assertEquals("198.51.100.9", direct.of("198.51.100.9", List.of("203.0.113.7")));
        assertEquals("198.51.100.9", behindNginx.of("198.51.100.9", List.of("203.0.113.7")), "a peer not trusted");
        assertEquals("unknown", direct.of(null, List.of()));
    }

    @Test
    void behindATrustedProxy_theRightMostUntrustedHopIsTheClient() {
        assertEquals("203.0.113.7", behindNginx.of("10.0.0.2", List.of("203.0.113.7")));
        // a client may send the header too: what it claims is left of what the proxy saw
        assertEquals("203.0.113.7", behindNginx.of("10.0.0.2", List.of("1.2.3.4, 203.0.113.7")));
        assertEquals("203.0.113.7", behindNginx.of("10.0.0.2", List.of("1.2.3.4", "203.0.113.7, 10.0.0.2")));
        assertEquals("10.0.0.2", behindNginx.of("10.0.0.2", List.of()), "no header: the proxy itself");
        assertEquals("10.0.0.2", behindNginx.of("10.0.0.2", List.of("not-an-address")), "a hop that is no address");
        assertEquals("0:0:0:0:0:0:0:1", behindNginx.of("::1", List.of()), "one spelling of an address");
        assertEquals("203.0.113.7", behindNginx.of("0:0:0:0:0:0:0:1", List.of("203.0.113.7")));
    }

    @Test
    void theMetricsScraper_isInternal_aVisitorIsNot() {
        ClientAddress direct = new ClientAddress(List.of());
        for (String internal : List.of("127.0.0.1", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.20", "fd00::5", "fe80::1")) {
            assertTrue(ClientAddress.isInternal(direct.of(internal, List.of())), internal);
        }
        assertFalse(ClientAddress.isInternal(direct.of("203.0.113.7", List.of())));
        assertFalse(ClientAddress.isInternal(direct.of(null, List.of())));
        // behind nginx on the same machine: the visitor it forwards decides, not nginx's own address
        ClientAddress behindLocalNginx = new ClientAddress(List.of("127.0.0.1"));
        assertFalse(ClientAddress.isInternal(behindLocalNginx.of("127.0.0.1", List.of("203.0.113.7"))));
        assertTrue(ClientAddress.isInternal(behindLocalNginx.of("127.0.0.1", List.of("10.0.0.8"))));
        assertTrue(ClientAddress.isInternal(direct.of("127.0.0.1", List.of("203.0.113.7"))), "no proxy trusted: the header is nobody's word");
    }

    @Test
    void anIpv6Client_isLimitedByIts64Block() {
        assertEquals(ClientAddress.bucket("2001:db8:1:2::5"), ClientAddress.bucket("2001:db8:1:2:ffff:1:2:3"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.bucket("2001:db8:1:2::5"));
        assertEquals("203.0.113.7", ClientAddress.bucket("203.0.113.7"));
        assertEquals("unknown", ClientAddress.bucket("unknown"));
        assertEquals("203.0.113.7", ClientAddress.bucket("::ffff:203.0.113.7"), "IPv4 written as IPv6: its own");
    }

    @Test
    void aTrustedProxyNamedByName_isASettingsError_notALookup() {
        assertThrows(SettingsException.class, () -> new ClientAddress(List.of("proxy.example")));
        assertThrows(SettingsException.class, () -> new ClientAddress(List.of("10.0.0.0/8")));
    }
}
