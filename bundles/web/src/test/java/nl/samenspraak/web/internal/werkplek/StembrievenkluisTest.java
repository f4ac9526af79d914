package nl.samenspraak.web.internal.werkplek;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** The letters' PDF is offered once, to the session that issued the codes, for ten minutes. */
public class StembrievenkluisTest {

    private Instant nu = Instant.parse("2027-02-01T09:00:00Z");
    private final Stembrievenkluis kluis = new Stembrievenkluis(new Clock() {
        @Override
        public Instant instant() {
            return nu;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    private static Stembrievenkluis.Stembrieven brieven() {
        return new Stembrievenkluis.Stembrieven(null, List.of(), "https://x/stemmen", Optional.empty(), Optional.empty(),
                LocalDate.of(2027, 2, 1));
    }

    @Test
    public void eenKeerEnAlleenVoorDezelfdeSessie() {
        Stembrievenkluis.Stembrieven brieven = brieven();
        String sleutel = kluis.bewaar("sessie-a", brieven);
        assertTrue("unguessable: 256 bits", sleutel.length() >= 43);
        assertEquals(Optional.empty(), kluis.neem(sleutel, "sessie-b"));
        assertEquals(Optional.of(brieven), kluis.neem(sleutel, "sessie-a"));
        assertEquals("gone after the download", Optional.empty(), kluis.neem(sleutel, "sessie-a"));
        assertNotEquals(kluis.bewaar("sessie-a", brieven), kluis.bewaar("sessie-a", brieven));
    }

    @Test
    public void nietNaTienMinuten() {
        String sleutel = kluis.bewaar("sessie-a", brieven());
        String later = kluis.bewaar("sessie-a", brieven());
        nu = nu.plus(Stembrievenkluis.GELDIG).minusSeconds(1);
        assertTrue(kluis.neem(later, "sessie-a").isPresent());
        nu = nu.plus(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), kluis.neem(sleutel, "sessie-a"));
    }

    @Test
    public void hoogstensEenHandvolTegelijk() {
        String oudste = kluis.bewaar("sessie-a", brieven());
        for (int i = 0; i < Stembrievenkluis.HOOGSTENS; i++) {
            nu = nu.plusMillis(1);
            kluis.bewaar("sessie-b", brieven());
        }
        assertEquals("the oldest made room", Optional.empty(), kluis.neem(oudste, "sessie-a"));
    }
}
