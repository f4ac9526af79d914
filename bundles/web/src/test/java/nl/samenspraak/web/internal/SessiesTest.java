package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

import nl.samenspraak.api.security.Gebruiker;

public class SessiesTest {

    private final AtomicLong klok = new AtomicLong(1_000);
    private final Sessies sessies = new Sessies(Duration.ofMinutes(30), Duration.ofHours(12), 3, klok::get);
    private final Gebruiker anna = new Gebruiker("anna", Set.of("inwoner:GM0222"));

    @Test
    public void aSessionLivesWhileUsedAndEndsAfterThirtyIdleMinutes() {
        Sessie sessie = sessies.begin(anna);
        klok.addAndGet(Duration.ofMinutes(29).toNanos());
        assertEquals(anna, sessies.vind(sessie.id()).orElseThrow().gebruiker().orElseThrow());
        klok.addAndGet(Duration.ofMinutes(29).toNanos());
        assertTrue("used 29 minutes ago", sessies.vind(sessie.id()).isPresent());
        klok.addAndGet(Duration.ofMinutes(30).toNanos());
        assertTrue(sessies.vind(sessie.id()).isEmpty());
        assertEquals("an ended session is forgotten", 0, sessies.aantal());
    }

    @Test
    public void aSessionEndsAfterTwelveHoursEvenWhenUsed() {
        Sessie sessie = sessies.begin(anna);
        for (int i = 0; i < 12 * 4 - 1; i++) {
            klok.addAndGet(Duration.ofMinutes(15).toNanos());
            assertTrue(sessies.vind(sessie.id()).isPresent());
        }
        klok.addAndGet(Duration.ofMinutes(15).toNanos());
        assertTrue(sessies.vind(sessie.id()).isEmpty());
    }

    @Test
    public void idsAndTokensAreRandomAndTheTokenIsComparedExactly() {
        Sessie a = sessies.begin(null);
        Sessie b = sessies.begin(null);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.csrf(), b.csrf());
        assertTrue(a.id().length() >= 43);
        assertTrue(Sessies.zelfdeToken(a, a.csrf()));
        assertFalse(Sessies.zelfdeToken(a, b.csrf()));
        assertFalse(Sessies.zelfdeToken(a, null));
        assertFalse(Sessies.zelfdeToken(a, ""));
        assertTrue(sessies.vind(null).isEmpty());
        assertTrue(sessies.vind("onbekend").isEmpty());
    }

    @Test
    public void aFullStoreDropsTheLeastRecentlyUsed() {
        Sessie oud = sessies.begin(null);
        klok.incrementAndGet();
        Sessie midden = sessies.begin(null);
        klok.incrementAndGet();
        Sessie nieuw = sessies.begin(null);
        klok.incrementAndGet();
        sessies.vind(oud.id());
        klok.incrementAndGet();
        Sessie vierde = sessies.begin(anna);
        assertEquals(3, sessies.aantal());
        assertTrue(sessies.vind(midden.id()).isEmpty());
        assertTrue(sessies.vind(oud.id()).isPresent());
        assertTrue(sessies.vind(nieuw.id()).isPresent());
        assertTrue(sessies.vind(vierde.id()).isPresent());
    }
}
