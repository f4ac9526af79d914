package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Random;

import org.junit.After;
import org.junit.Test;

public class JpaKluisTest {

    private static final Instant NU = Instant.parse("2027-02-01T09:00:00Z");

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaKluis kluis = new JpaKluis(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void contentComesBackByteForByteUntilItExpires() {
        byte[] groot = new byte[2_000_000]; // the sealed letters of some ten thousand residents
        new Random(7).nextBytes(groot);
        kluis.leg("vak-1", groot, NU.plusSeconds(600));

        assertArrayEquals(groot, kluis.bekijk("vak-1", NU).orElseThrow());
        assertArrayEquals("looking leaves it there", groot, kluis.bekijk("vak-1", NU.plusSeconds(599)).orElseThrow());
        assertTrue("expired", kluis.bekijk("vak-1", NU.plusSeconds(600)).isEmpty());
        assertTrue(kluis.bekijk("onbekend", NU).isEmpty());
    }

    @Test
    public void onlyOneCallerEmptiesACompartment() {
        kluis.leg("vak-1", new byte[] { 1, 2, 3 }, NU.plusSeconds(600));
        assertTrue(kluis.haalLeeg("vak-1"));
        assertFalse("already gone", kluis.haalLeeg("vak-1"));
        assertTrue(kluis.bekijk("vak-1", NU).isEmpty());
    }

    @Test
    public void expiredCompartmentsAreEmptied() {
        kluis.leg("verlopen", new byte[] { 1 }, NU.minusSeconds(1));
        kluis.leg("precies", new byte[] { 2 }, NU);
        kluis.leg("geldig", new byte[] { 3 }, NU.plusSeconds(1));

        assertEquals(2, kluis.ruimOp(NU));
        assertArrayEquals(new byte[] { 3 }, kluis.bekijk("geldig", NU).orElseThrow());
    }
}
