package nl.samenspraak.http.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class VerzoekdoelTest {

    @Test
    public void aUriOfTheApiIsValid() {
        assertTrue(Verzoekdoel.geldig("/api/v1/gemeenten/GM0222/subsidieregelingen/bewonersinitiatief?datum=2025-01-31"));
        assertTrue(Verzoekdoel.geldig("/api/v1/gemeenten/%7Bx%7D?q=a%20b&r=~_.-!$'()*+,;=:@/?"));
        assertTrue(Verzoekdoel.geldig(null));
    }

    @Test
    public void charactersOutsideRfc3986AreRefused() {
        for (String doel : new String[] {"/api/v1/gemeenten/{x}", "/a|b", "/a\\b", "/a^b", "/a<b>", "/a`b", "/a\"b",
                "/a b", "/é"}) {
            assertFalse(doel, Verzoekdoel.geldig(doel));
        }
    }

    @Test
    public void aPercentWithoutTwoHexDigitsIsRefused() {
        assertFalse(Verzoekdoel.geldig("/api/v1/gemeenten?x=%zz"));
        assertFalse(Verzoekdoel.geldig("/api/v1/gemeenten/%4"));
        assertFalse(Verzoekdoel.geldig("/api/v1/gemeenten/%"));
        assertTrue(Verzoekdoel.geldig("/api/v1/gemeenten/%4a"));
    }
}
