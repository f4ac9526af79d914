package nl.samenspraak.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class HttpsOmleidingTest {

    @Test
    public void theSameAddressOverHttps() {
        assertEquals("https://samenspraak.example.nl/api/v1/gemeenten?pagina=2",
                HttpsOmleiding.doel("samenspraak.example.nl", 443, "/api/v1/gemeenten?pagina=2"));
        assertEquals("https://localhost:8443/", HttpsOmleiding.doel("localhost", 8443, ""));
        assertEquals("https://[::1]:8443/inloggen", HttpsOmleiding.doel("::1", 8443, "/inloggen"));
        assertEquals("https://[::1]:8443/inloggen", HttpsOmleiding.doel("[::1]", 8443, "/inloggen"));
    }

    @Test
    public void hstsIsOffAtZero() {
        assertEquals("max-age=31536000", HttpsOmleiding.hsts(Verzoekkeuring.HSTS_STANDAARD));
        assertNull(HttpsOmleiding.hsts(0));
    }
}
