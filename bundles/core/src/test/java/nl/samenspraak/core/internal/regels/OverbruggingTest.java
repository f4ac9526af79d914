package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * The bridge over a bundle's update or start, without OSGi and without timing: the clock is fake, a waiting
 * lookup tells the test that it waits, and the test says when a bundle has settled.
 */
public class OverbruggingTest {

    private static final LocalDate DATUM = LocalDate.of(2025, 6, 1);
    private static final LocalDate VROEG = LocalDate.of(2021, 6, 1);
    private static final long BUNDEL = 42;

    private final GemeenteRegistry gemeenten = new NepGemeenten(new Gemeente("GM0518", "'s-Gravenhage", List.of()),
            new Gemeente("GM0599", "Rotterdam", List.of()),
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
    /** The bundles that have settled, as the test says. */
    private final Set<Long> klaar = ConcurrentHashMap.newKeySet();
    private final GeinstalleerdeRegels register = new GeinstalleerdeRegels(gemeenten, klok,
            GeinstalleerdeRegels.config(Map.of("brug_ms", 3000L)), klaar::contains);

    @Test
    public void aLookupDuringAnUpdateWaitsUntilTheBundleHasSettled() throws Exception {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        register.begint(BUNDEL, "nl.gm0518 1.0.0", "is being updated", Set.of("GM0518"));
        register.trekIn(1);
        klok.echtWachten = true;

        CompletableFuture<Optional<GeldendeRegels<Subsidieregeling>>> verzoek = vraag(DATUM);
        assertTrue("the lookup waits", klok.wacht.await(1, TimeUnit.MINUTES));
        registreer("GM0518", "2.0.0", 2, regeling(2010, null));
        klaar.add(BUNDEL);
        register.kijk();

        assertEquals("2.0.0", verzoek.get(1, TimeUnit.MINUTES).orElseThrow().bundelversie());
    }

    /** The failure of issue 18: a request dated in the second scheme's period, arriving between the two. */
    @Test
    public void aRequestDatedInTheSecondSchemesPeriodWaitsForIt() throws Exception {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        register.begint(BUNDEL, "nl.gm0518 1.0.0", "is being updated", Set.of("GM0518"));
        register.trekIn(1);
        registreer("GM0518", "2.0.0", 2, regeling(2010, LocalDate.of(2024, 12, 31)));
        klok.echtWachten = true;

        CompletableFuture<Optional<GeldendeRegels<Subsidieregeling>>> verzoek = vraag(DATUM);
        assertTrue("the lookup waits although a scheme of the new version is there", klok.wacht.await(1, TimeUnit.MINUTES));
        registreer("GM0518", "2.0.0", 3, regeling(2025, null));
        // the registration wakes the lookup, which waits again: the bundle has not settled
        for (long tot = System.nanoTime() + TimeUnit.MINUTES.toNanos(1); klok.keerGewacht < 2 && System.nanoTime() < tot;) {
            Thread.onSpinWait();
        }
        assertEquals(2, klok.keerGewacht);
        assertTrue("a registration alone does not end the wait", !verzoek.isDone());
        klaar.add(BUNDEL);
        register.kijk();

        GeldendeRegels<Subsidieregeling> gevonden = verzoek.get(1, TimeUnit.MINUTES).orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 1), gevonden.info().geldigVanaf());
    }

    /** Half registered, a newer version that overrides an older one from its start date would be missed. */
    @Test
    public void aLookupThatWouldFindAnOlderVersionWaitsToo() throws Exception {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        register.begint(BUNDEL, "nl.gm0518 1.0.0", "is being updated", Set.of("GM0518"));
        register.trekIn(1);
        registreer("GM0518", "2.0.0", 2, regeling(2010, null));
        klok.echtWachten = true;

        CompletableFuture<Optional<GeldendeRegels<Subsidieregeling>>> verzoek = vraag(DATUM);
        assertTrue("the lookup waits", klok.wacht.await(1, TimeUnit.MINUTES));
        registreer("GM0518", "2.0.0", 3, regeling(2025, null));
        klaar.add(BUNDEL);
        register.kijk();

        assertEquals(LocalDate.of(2025, 1, 1), verzoek.get(1, TimeUnit.MINUTES).orElseThrow().info().geldigVanaf());
    }

    @Test
    public void aStartingBundleMakesOnlyLookupsThatFindNothingWait() {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        register.begint(7, "nl.gm0599 1.0.0", "is starting", Set.of());

        assertEquals("1.0.0", register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).orElseThrow()
                .bundelversie());
        assertEquals(0, klok.keerGewacht);
        // GM0599's rules may be in the bundle still starting: wait (here the fake clock lets the time run out)
        assertTrue(register.subsidieregeling("GM0599", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(1, klok.keerGewacht);
    }

    @Test
    public void aStartingBundleIsWaitedForUntilItHasSettled() throws Exception {
        register.begint(7, "nl.gm0599 1.0.0", "is starting", Set.of());
        klok.echtWachten = true;

        CompletableFuture<Optional<GeldendeRegels<Subsidieregeling>>> verzoek = CompletableFuture
                .supplyAsync(() -> register.subsidieregeling("GM0599", "bewonersinitiatief", DATUM));
        assertTrue("the lookup waits", klok.wacht.await(1, TimeUnit.MINUTES));
        register.registreer(Subsidieregeling.class, regeling(2010, null), "GM0599", Optional.of("bewonersinitiatief"),
                "nl.gm0599", "1.0.0", 7, 9, 0);

        assertEquals("1.0.0", verzoek.get(1, TimeUnit.MINUTES).orElseThrow().bundelversie());
    }

    @Test
    public void theBridgeEndsWhenItsTimeIsUp() {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        register.trekIn(1);
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(1, klok.keerGewacht);
        assertEquals(1_000 + TimeUnit.MILLISECONDS.toNanos(3000), klok.nu);
        // the transition is over now: the next lookup does not wait again
        register.kijk();
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(1, klok.keerGewacht);
    }

    @Test
    public void rulesThatAreNotComingBackAreNotWaitedFor() {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        register.trekIn(1);
        register.komtNietTerug(BUNDEL);
        assertTrue(register.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(0, klok.keerGewacht);
    }

    @Test
    public void otherGemeentenNeverWaitForAnUpdate() {
        registreer("GM0518", "1.0.0", 1, regeling(2010, null));
        registreer(Regels.MODEL, "1.0.0", 2, regeling(2010, null));
        register.trekIn(1);

        assertEquals("1.0.0", register.subsidieregeling("GM0222", "bewonersinitiatief", DATUM).orElseThrow()
                .bundelversie());
        assertTrue(register.subsidieregeling("GM0599", "bewonersinitiatief", VROEG).isEmpty());
        assertEquals(0, klok.keerGewacht);
    }

    @Test
    public void withoutABridgeNothingWaits() {
        GeinstalleerdeRegels zonderBrug = new GeinstalleerdeRegels(gemeenten, klok,
                GeinstalleerdeRegels.config(Map.of("brug_ms", 0L)), klaar::contains);
        zonderBrug.registreer(Subsidieregeling.class, regeling(2010, null), "GM0518", Optional.of("bewonersinitiatief"),
                "nl.gm0518", "1.0.0", BUNDEL, 1, 0);
        zonderBrug.begint(7, "nl.gm0599 1.0.0", "is starting", Set.of());
        zonderBrug.trekIn(1);
        assertTrue(zonderBrug.subsidieregeling("GM0518", "bewonersinitiatief", DATUM).isEmpty());
        assertEquals(0, klok.keerGewacht);
    }

    /**
     * HotSwapIT's one failure in ~850: an update began right after the previous one had settled but before
     * its transition was closed; the verdict "settled" about the previous round closed the new one, and the
     * requests during the new update found no rules and did not wait.
     */
    @Test
    public void aVerdictAboutThePreviousUpdateDoesNotCloseTheNextOne() {
        Overbrugging brug = new Overbrugging(klok, 3000);
        brug.begint(BUNDEL, "nl.gm0518 1.0.0", "is being updated", Set.of("GM0518"));
        // the bundle has settled; before the bridge closes the transition, the next update begins
        brug.kijk(bundelId -> {
            brug.begint(BUNDEL, "nl.gm0518 2.0.0", "is being updated", Set.of("GM0518"));
            return true;
        });
        assertTrue("the next update is bridged", brug.openstaand());
        assertTrue(brug.zoek("GM0518", Optional::empty).isEmpty());
        assertEquals("the lookup during the next update waited", 1, klok.keerGewacht);

        brug.kijk(bundelId -> true);
        assertTrue("settled again: closed", !brug.openstaand());
    }

    /** A lookup that found nothing, while the transition that concerned it closed, looks again. */
    @Test
    public void aLookupDuringWhichTheTransitionClosedLooksAgain() {
        Overbrugging brug = new Overbrugging(klok, 3000);
        brug.begint(BUNDEL, "nl.gm0518 1.0.0", "is being updated", Set.of("GM0518"));
        Aanbod nieuw = new Aanbod(Subsidieregeling.class, regeling(2010, null), "GM0518", Optional.of("bewonersinitiatief"),
                RegelsInfo.vanaf("Regeling 2010", "test", LocalDate.of(2010, 1, 1)), "nl.gm0518", "2.0.0", BUNDEL, 2, 0);
        Set<Aanbod> aangeboden = ConcurrentHashMap.newKeySet();
        Optional<Aanbod> gevonden = brug.zoek("GM0518", () -> {
            Optional<Aanbod> nu = aangeboden.stream().findFirst();
            if (aangeboden.isEmpty()) { // the new version registers and the bundle settles right after this look
                aangeboden.add(nieuw);
                brug.kijk(bundelId -> true);
            }
            return nu;
        });
        assertEquals(Optional.of(nieuw), gevonden);
        assertEquals("no waiting needed", 0, klok.keerGewacht);
    }

    /** The bridge closes when the count of a bundle's services is complete: a lookup must then find the last. */
    @Test
    public void aServiceCountsAsRegisteredOnlyOnceItIsOffered() {
        long[] geteldTijdensInfo = { -1 };
        RegelsInfo info = RegelsInfo.vanaf("Regeling 2010", "test", LocalDate.of(2010, 1, 1));
        register.registreer(Subsidieregeling.class, new Regeling(info) {
            @Override
            public RegelsInfo info() {
                geteldTijdensInfo[0] = register.geregistreerd(BUNDEL);
                return super.info();
            }
        }, "GM0518", Optional.of("bewonersinitiatief"), "nl.gm0518", "1.0.0", BUNDEL, 1, 0);
        assertEquals("not counted while it is being offered", 0, geteldTijdensInfo[0]);
        assertEquals(1, register.geregistreerd(BUNDEL));
        register.registreer(Subsidieregeling.class, regeling(2010, null), null, Optional.of("bewonersinitiatief"),
                "nl.gm0518", "1.0.0", BUNDEL, 2, 0);
        assertEquals("an ignored service counts too", 2, register.geregistreerd(BUNDEL));
    }

    private CompletableFuture<Optional<GeldendeRegels<Subsidieregeling>>> vraag(LocalDate datum) {
        return CompletableFuture.supplyAsync(() -> register.subsidieregeling("GM0518", "bewonersinitiatief", datum));
    }

    private void registreer(String voor, String versie, long serviceId, Subsidieregeling regeling) {
        register.registreer(Subsidieregeling.class, regeling, voor, Optional.of("bewonersinitiatief"), "nl.gm0518",
                versie, BUNDEL, serviceId, 0);
    }

    private static Subsidieregeling regeling(int vanaf, LocalDate tot) {
        RegelsInfo info = RegelsInfo.vanaf("Regeling " + vanaf, "test", LocalDate.of(vanaf, 1, 1));
        return new Regeling(tot == null ? info : info.tot(tot));
    }

    private static class Regeling implements Subsidieregeling {
        private final RegelsInfo info;

        Regeling(RegelsInfo info) {
            this.info = info;
        }

        @Override
        public RegelsInfo info() {
            return info;
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
