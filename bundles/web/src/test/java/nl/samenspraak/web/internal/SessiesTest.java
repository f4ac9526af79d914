package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.Test;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.websessie.Websessie;
import nl.samenspraak.api.websessie.Websessies;

public class SessiesTest {

    /** The database as a map; counts the writes of last use. */
    private static final class Opslag implements Websessies {
        final Map<String, Websessie> rijen = new ConcurrentHashMap<>();
        final List<Instant> gebruikt = new ArrayList<>();

        @Override
        public void bewaar(Websessie sessie) {
            rijen.put(sessie.sleutel(), sessie);
        }

        @Override
        public Optional<Websessie> vind(String sleutel) {
            return Optional.ofNullable(rijen.get(sleutel));
        }

        @Override
        public void gebruikt(String sleutel, Instant op) {
            gebruikt.add(op);
            rijen.computeIfPresent(sleutel, (k, s) -> new Websessie(k, s.csrf(), s.gebruiker(), s.begonnen(), op));
        }

        @Override
        public void verwijder(String sleutel) {
            rijen.remove(sleutel);
        }

        @Override
        public int verwijderVerlopen(Instant ongebruiktSinds, Instant begonnenVoor) {
            int voor = rijen.size();
            rijen.values().removeIf(s -> s.laatstGebruikt().isBefore(ongebruiktSinds) || s.begonnen().isBefore(begonnenVoor));
            return voor - rijen.size();
        }
    }

    private static final class Klok extends Clock {
        Instant nu = Instant.parse("2026-12-02T09:00:00Z");

        void verder(Duration duur) {
            nu = nu.plus(duur);
        }

        @Override
        public Instant instant() {
            return nu;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Opslag opslag = new Opslag();
    private final Klok klok = new Klok();
    private final Sessies sessies = new Sessies(opslag, Duration.ofMinutes(30), Duration.ofHours(12), klok);
    private final Gebruiker anna = new Gebruiker("anna", Set.of("inwoner:GM0222"));

    @Test
    public void aSessionLivesWhileUsedAndEndsAfterThirtyIdleMinutes() {
        Sessie sessie = sessies.begin(anna);
        klok.verder(Duration.ofMinutes(29));
        assertEquals(anna, sessies.vind(sessie.id()).orElseThrow().gebruiker().orElseThrow());
        klok.verder(Duration.ofMinutes(29));
        assertTrue("used 29 minutes ago", sessies.vind(sessie.id()).isPresent());
        klok.verder(Duration.ofMinutes(30));
        assertTrue(sessies.vind(sessie.id()).isEmpty());
        assertTrue("an ended session is forgotten", opslag.rijen.isEmpty());
    }

    @Test
    public void aSessionEndsAfterTwelveHoursEvenWhenUsed() {
        Sessie sessie = sessies.begin(anna);
        for (int i = 0; i < 12 * 4 - 1; i++) {
            klok.verder(Duration.ofMinutes(15));
            assertTrue(sessies.vind(sessie.id()).isPresent());
        }
        klok.verder(Duration.ofMinutes(15));
        assertTrue(sessies.vind(sessie.id()).isEmpty());
    }

    @Test
    public void anotherNodeWithTheSameDatabaseKnowsTheSession() {
        Sessie sessie = sessies.begin(anna);
        Sessies andereNode = new Sessies(opslag, Duration.ofMinutes(30), Duration.ofHours(12), klok);
        Sessie daar = andereNode.vind(sessie.id()).orElseThrow();
        assertEquals(sessie.csrf(), daar.csrf());
        assertEquals(Optional.of(anna), daar.gebruiker());
        andereNode.beeindig(sessie.id());
        assertTrue("signed out on one node is signed out on all", sessies.vind(sessie.id()).isEmpty());
    }

    @Test
    public void theDatabaseHoldsAHashOfTheCookieNeverTheCookie() {
        Sessie sessie = sessies.begin(anna);
        assertFalse(opslag.rijen.containsKey(sessie.id()));
        assertTrue(opslag.rijen.containsKey(Sessies.sleutel(sessie.id())));
        assertTrue("a stored key is no cookie", sessies.vind(Sessies.sleutel(sessie.id())).isEmpty());
    }

    @Test
    public void lastUseIsWrittenAtMostOnceAMinute() {
        Sessie sessie = sessies.begin(anna);
        for (int i = 0; i < 10; i++) {
            klok.verder(Duration.ofSeconds(10));
            sessies.vind(sessie.id());
        }
        assertEquals("100 s of page views: written at 60 s only", 1, opslag.gebruikt.size());
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
    public void endedSessionsOfEveryNodeAreClearedNowAndThen() {
        Sessie oud = sessies.begin(null);
        klok.verder(Duration.ofMinutes(31));
        Sessie nieuw = sessies.begin(null);
        assertTrue("the new session stays", opslag.rijen.containsKey(Sessies.sleutel(nieuw.id())));
        assertFalse("the idle one is gone without being looked up", opslag.rijen.containsKey(Sessies.sleutel(oud.id())));
    }
}
