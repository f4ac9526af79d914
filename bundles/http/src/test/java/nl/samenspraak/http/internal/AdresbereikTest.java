package nl.samenspraak.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class AdresbereikTest {

    private static InetAddress ip(String tekst) {
        return Ipadres.lees(tekst).orElseThrow(() -> new AssertionError(tekst));
    }

    @Test
    public void oneAddressHoldsOnlyItself() {
        Adresbereik een = Adresbereik.lees("10.0.0.5");
        assertTrue(een.bevat(ip("10.0.0.5")));
        assertFalse(een.bevat(ip("10.0.0.4")));
        assertFalse("IPv6 is another family", een.bevat(ip("2001:db8::a00:5")));
    }

    @Test
    public void aRangeHoldsItsPrefix() {
        Adresbereik bereik = Adresbereik.lees("172.16.0.0/12");
        assertTrue(bereik.bevat(ip("172.16.0.1")));
        assertTrue(bereik.bevat(ip("172.31.255.254")));
        assertFalse(bereik.bevat(ip("172.32.0.1")));
        assertFalse(bereik.bevat(ip("172.15.255.255")));
        assertTrue(Adresbereik.lees("0.0.0.0/0").bevat(ip("203.0.113.1")));
        Adresbereik v6 = Adresbereik.lees("2001:db8:1::/48");
        assertTrue(v6.bevat(ip("2001:db8:1:ffff::1")));
        assertFalse(v6.bevat(ip("2001:db8:2::1")));
        assertTrue(Adresbereik.lees("::1").bevat(ip("[::1]")));
    }

    @Test
    public void anIpv4MappedAddressIsItsIpv4Address() {
        assertTrue(Adresbereik.lees("127.0.0.0/8").bevat(ip("::ffff:127.0.0.2")));
    }

    @Test
    public void onlyLiteralsAreRead() {
        for (String fout : List.of("localhost", "proxy.example", "10.0.0.256", "10.0.0", "10.0.0.0/33", "::/129", "10.0.0.1:80",
                "[::1]", "10.0.0.0/", "")) {
            try {
                Adresbereik.lees(fout);
                fail("read " + fout);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        assertEquals(Optional.empty(), Ipadres.lees("unknown"));
        assertEquals(Optional.empty(), Ipadres.lees("1.2.3.4.5"));
        assertEquals(Optional.of(ip("203.0.113.7")), Ipadres.lees(" 203.0.113.7:51234 "));
    }
}
