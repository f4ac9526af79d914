package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

import org.junit.Test;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.testsupport.NepGemeenten;

/**
 * The bridge over the update gap, without OSGi and without timing: the clock is fake and a waiting lookup
 * tells the test that it waits.
 */
public class OverbruggingTest {

    private static final LocalDate DATUM = LocalDate.of(2025, 6, 1);
    private static final long BUNDEL = 42;

    private final GemeenteRegistry gemeenten = new NepGemeenten(new Gemeente("GM0518", "'s-Gravenhage", List.of()),
            new Gemeente("GM0222", "Doetinchem", List.of(), Regels.MODEL));


    /** A clock that either lets the bridge time run out at once, or really waits and says so. */
    private static final class NepKlok implements Overbrugging.Klok {
        volatile long nu = 1_000;
        volatile boolean echtWachten;
        volatile int keerGewacht;
        final CountDownLatch wacht = new CountDownLatch(1);

        @Override
        public long nanos() {
            return nu;
        }

        @Override
        public void wacht(Condition veranderd, long nanos) throws InterruptedException {
            keerGewacht++;
            if (echtWachten) {
                wacht.countDown();
                veranderd.await(1, TimeUnit.MINUTES); // only a safety net: the test signals long before
            } else {
                nu += nanos;
            }
        }
    }

    private final NepKlok klok = new NepKlok();
    private final GeinstalleerdeRegels register = new GeinstalleerdeRegels(gemeenten, klok,
            GeinstalleerdeRegels.config(Map.of("brug_ms", 3000L)));

    @Test
    public void aLookupDuringAnUpdateWaitsForTheNewVersion() throws Exception {
        registreer("GM0518", "1.0.0", 1);
        register.trekIn(1);
        klok.echtWachten = true;

        CompletableFuture<Optional<GeldendeRegels<Subsidieregeling>>> verzoek = CompletableFuture
                .supplyAsync(() -> register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM));
        assertTrue("the lookup waits", klok.wacht.await(1, TimeUnit.MINUTES));
        registreer("GM0518", "2.0.0", 2);

        assertEquals("2.0.0", verzoek.get(1, TimeUnit.MINUTES).orElseThrow().bundelversie());
    }

    @Test
    public void theBridgeEndsWhenItsTimeIsUp() {
        registreer("GM0518", "1.0.0", 1);
        register.trekIn(1);
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(1, klok.keerGewacht);
        assertEquals(1_000 + TimeUnit.MILLISECONDS.toNanos(3000), klok.nu);
        // the gap is closed now: the next lookup does not wait again
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(1, klok.keerGewacht);
    }

    @Test
    public void rulesThatAreNotComingBackAreNotWaitedFor() {
        registreer("GM0518", "1.0.0", 1);
        register.trekIn(1);
        register.komtNietTerug(BUNDEL);
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(0, klok.keerGewacht);
    }

    @Test
    public void otherGemeentenOtherKindsAndOtherDatesNeverWait() {
        registreer("GM0518", "1.0.0", 1);
        registreer(Regels.MODEL, "1.0.0", 2);
        register.trekIn(1);

        assertEquals("1.0.0", register.subsidieregeling("GM0222", "bewonersinitiatief", DATUM).orElseThrow()
                .bundelversie());
        assertTrue(register.verordening("GM0518", DATUM).isEmpty());
        assertTrue(register.subsidieregeling("GM0518", "andere-regeling", DATUM).isEmpty());
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", LocalDate.of(2009, 1, 1)).isEmpty());
        assertEquals(0, klok.keerGewacht);
    }

    @Test
    public void withoutABridgeNothingWaits() {
        GeinstalleerdeRegels zonderBrug = new GeinstalleerdeRegels(gemeenten, klok,
                GeinstalleerdeRegels.config(Map.of("brug_ms", 0L)));
        zonderBrug.registreer(Subsidieregeling.class, new Regeling(), "GM0518", Optional.of("bewonersinitiatief"),
                "nl.gm0518", "1.0.0", BUNDEL, 1, 0);
        zonderBrug.trekIn(1);
        assertTrue(zonderBrug.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(0, klok.keerGewacht);
    }

    private void registreer(String voor, String versie, long serviceId) {
        register.registreer(Subsidieregeling.class, new Regeling(), voor, Optional.of("bewonersinitiatief"),
                "nl.gm0518", versie, BUNDEL, serviceId, 0);
    }

    private static class Regeling implements Subsidieregeling {
        @Override
        public RegelsInfo info() {
            return RegelsInfo.vanaf("Regeling", "test", LocalDate.of(2010, 1, 1));
        }

        @Override
        public String regeling() {
            return "bewonersinitiatief";
        }

        @Override
        public Regelingsfeiten feiten() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
            return Beoordeling.afgewezen(List.of(new Reden("art. 1", "test")));
        }
    }
}
