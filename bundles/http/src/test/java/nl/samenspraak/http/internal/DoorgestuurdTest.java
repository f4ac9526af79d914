package nl.samenspraak.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

/** Whose word counts: the trust logic behind every client address the platform throttles and logs. */
public class DoorgestuurdTest {

    private static final VertrouwdeProxies PROXIES = VertrouwdeProxies.lees("10.0.0.5, 192.168.10.0/24 2001:db8:1::/48",
            fout -> {
                throw new AssertionError(fout);
            });

    private static InetAddress ip(String tekst) {
        return Ipadres.lees(tekst).orElseThrow();
    }

    private static Doorgestuurd.Koppen koppen(Map<String, List<String>> koppen) {
        return naam -> koppen.getOrDefault(naam, List.of());
    }

    private static Optional<Doorgestuurd> lees(String peer, Map<String, List<String>> koppen) {
        return Doorgestuurd.lees(ip(peer), koppen(koppen), PROXIES);
    }

    @Test
    public void aClientThatIsNoTrustedProxyChangesNothingWithItsHeaders() {
        assertEquals(Optional.empty(), lees("203.0.113.9", Map.of(Doorgestuurd.FOR, List.of("198.51.100.1"),
                Doorgestuurd.PROTO, List.of("https"), Doorgestuurd.HOST, List.of("bank.example"))));
        assertEquals(Optional.empty(), Doorgestuurd.lees(ip("10.0.0.5"), koppen(Map.of(Doorgestuurd.FOR,
                List.of("198.51.100.1"))), VertrouwdeProxies.GEEN));
    }

    @Test
    public void aTrustedProxyNamesTheClient() {
        Doorgestuurd d = lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of("198.51.100.1"))).orElseThrow();
        assertEquals(ip("198.51.100.1"), d.client());
        assertEquals(Optional.empty(), d.https());
        assertEquals(Optional.empty(), d.host());
    }

    @Test
    public void whatTheClientWroteItselfIsNeverReached() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
        Doorgestuurd d = lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of("1.2.3.4, 198.51.100.1"))).orElseThrow();
        assertEquals(ip("198.51.100.1"), d.client());
        // also when the forged part comes as a header of its own
        d = lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of("1.2.3.4", "198.51.100.1"))).orElseThrow();
        assertEquals(ip("198.51.100.1"), d.client());
    }

    @Test
    public void aChainOfTrustedProxiesIsWalkedToTheFirstUntrustedAddress() {
        Doorgestuurd d = lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of("1.2.3.4, 198.51.100.1, 192.168.10.77")))
                .orElseThrow();
        assertEquals(ip("198.51.100.1"), d.client());
        d = lees("192.168.10.3", Map.of(Doorgestuurd.FOR, List.of("2001:db8:1::9, [2001:db8:2::1]:4431"))).orElseThrow();
        assertEquals(ip("2001:db8:2::1"), d.client());
    }

    @Test
    public void anEntryThatIsNoAddressEndsTheWalkAtTheLastProxyReached() {
        Doorgestuurd d = lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of("198.51.100.1, _verborgen, 192.168.10.77")))
                .orElseThrow();
        assertEquals(ip("192.168.10.77"), d.client());
        d = lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of("bank.example"))).orElseThrow();
        assertEquals("a host name is never looked up", ip("10.0.0.5"), d.client());
    }

    @Test
    public void theSchemeIsHttpsOnlyWhenEveryProxySaysSo() {
        assertEquals(Optional.of(true), lees("10.0.0.5", Map.of(Doorgestuurd.PROTO, List.of("https"))).orElseThrow().https());
        assertEquals(Optional.of(true), lees("10.0.0.5", Map.of(Doorgestuurd.PROTO, List.of("HTTPS, https"))).orElseThrow()
                .https());
        assertEquals(Optional.of(false), lees("10.0.0.5", Map.of(Doorgestuurd.PROTO, List.of("http"))).orElseThrow().https());
        assertEquals(Optional.empty(), lees("10.0.0.5", Map.of(Doorgestuurd.PROTO, List.of("http, https"))).orElseThrow()
                .https());
        assertEquals(Optional.empty(), lees("10.0.0.5", Map.of(Doorgestuurd.PROTO, List.of("gopher"))).orElseThrow().https());
    }

    @Test
    public void theHostIsTakenOnlyWhenItIsAnAuthority() {
        Doorgestuurd d = lees("10.0.0.5", Map.of(Doorgestuurd.HOST, List.of("Samenspraak.Example.nl"))).orElseThrow();
        assertEquals(Optional.of("samenspraak.example.nl"), d.host());
        assertEquals(-1, d.poort());
        d = lees("10.0.0.5", Map.of(Doorgestuurd.HOST, List.of("samenspraak.example.nl:8443, intern:8181"))).orElseThrow();
        assertEquals(Optional.of("samenspraak.example.nl"), d.host());
        assertEquals(8443, d.poort());
        for (String fout : List.of("evil.example/pad", "a b", "host:99999", "host:0", "\"x\"", "-begin.example")) {
            assertEquals(fout, Optional.empty(), lees("10.0.0.5", Map.of(Doorgestuurd.HOST, List.of(fout))).orElseThrow().host());
        }
    }

    @Test
    public void aTrustedProxyWithoutHeadersChangesNothing() {
        assertEquals(Optional.empty(), lees("10.0.0.5", Map.of()));
        assertEquals(Optional.empty(), lees("10.0.0.5", Map.of(Doorgestuurd.FOR, List.of(" , "))));
    }

    @Test
    public void anUnreadableEntryInTheListIsReportedAndNotTrusted() {
        List<String> fouten = new ArrayList<>();
        VertrouwdeProxies proxies = VertrouwdeProxies.lees("10.0.0.5 proxy.example 10.1.0.0/33 10.2.0.0/x 10.3.0.1:80",
                fouten::add);
        assertEquals(1, proxies.aantal());
        assertEquals(fouten.toString(), 4, fouten.size());
        assertTrue(proxies.vertrouwt(ip("10.0.0.5")));
        assertFalse(proxies.vertrouwt(ip("10.0.0.6")));
        assertTrue(VertrouwdeProxies.lees("", fouten::add).leeg());
        assertTrue(VertrouwdeProxies.lees(null, fouten::add).leeg());
    }
}
