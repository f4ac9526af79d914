package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class HttpVerzoekTest {

    @Test
    public void aFileIsReadAsUtf8WithoutItsByteOrderMark() {
        assertEquals("naam;adres\nJoël", HttpVerzoek.tekst("\uFEFFnaam;adres\nJoël".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void aFileThatIsNoUtf8IsReadAsWindows1252() {
        assertEquals("Joël Çelik", HttpVerzoek.tekst("Joël Çelik".getBytes(Charset.forName("windows-1252"))));
    }
}
