package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.After;
import org.junit.Test;


import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.RegelsOnbruikbaarException;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;

/**
 * The guard around calls into rules. No assertion depends on timing: a hanging call hangs until the test
 * lets it go, and the short answer time only bounds how long a test waits for the guard to give up.
 */
public class BewakingTest {

    private static final Subsidieaanvraag AANVRAAG = new Subsidieaanvraag(LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 6, 1), 75_000, Subsidieaanvraag.Schaal.BUURT, Optional.empty(), 34, List.of(), java.util.Set.of());
    private static final Beoordeling GOED = Beoordeling.toegekend(75_000, List.of(new Reden("art. 1", "goed")));

    private final Bewaking bewaking = new Bewaking(200, 2, 16);

    @After
    public void stop() {
        bewaking.stop();
    }

    @Test
    public void aGoodAnswerPassesAndInfoComesFromRegistration() {
        Subsidieregeling regels = bewaakt("GM0518", aanvraag -> GOED);
        assertSame(GOED, regels.beoordeel(AANVRAAG));
        assertEquals("Regeling GM0518", regels.info().titel());
        assertEquals("bewonersinitiatief", regels.regeling());
    }

    @Test
    public void anExceptionBecomesRegelsOnbruikbaar() {
        IllegalStateException kapot = new IllegalStateException("kapot");
        RegelsOnbruikbaarException fout = onbruikbaar(bewaakt("GM0518", aanvraag -> {
            throw kapot;
        }));
        assertEquals("GM0518", fout.gemeente());
        assertEquals("nl.gm0518", fout.bundel());
        assertEquals("1.2.3", fout.bundelversie());
        assertSame(kapot, fout.getCause());
        assertTrue(fout.getMessage(), fout.getMessage().contains("beoordeel() faalde met java.lang.IllegalStateException"));
    }

    @Test
    public void nullIsNoAnswer() {
        RegelsOnbruikbaarException fout = onbruikbaar(bewaakt("GM0518", aanvraag -> null));
        assertTrue(fout.getMessage(), fout.getMessage().contains("beoordeel() antwoordde null"));
    }

    @Test
    public void aHangingCallGivesUpAndItsThreadIsFreed() throws Exception {
        CountDownLatch nooit = new CountDownLatch(1);
        CountDownLatch begonnen = new CountDownLatch(1);
        CountDownLatch verlaten = new CountDownLatch(1);
        RegelsOnbruikbaarException fout = onbruikbaar(bewaakt("GM0518", aanvraag -> {
            begonnen.countDown();
            try {
                nooit.await();
                return GOED;
            } catch (InterruptedException e) {
                return GOED;
            } finally {
                verlaten.countDown();
            }
        }));
        assertTrue(fout.getMessage(), fout.getMessage().contains("beoordeel() antwoordde niet binnen 200 ms"));
        // on a busy machine the 200 ms can pass before the call even starts: then it is cancelled unstarted
        if (begonnen.getCount() == 0) {
            assertTrue("the guard interrupts the hanging call", verlaten.await(1, TimeUnit.MINUTES));
        }
    }

    @Test
    public void rulesThatIgnoreInterruptsHoldOnlyTheirOwnGemeentesPlaces() throws Exception {
        CountDownLatch binnen = new CountDownLatch(2);
        CountDownLatch los = new CountDownLatch(1);
        Subsidieregeling hangt = bewaakt("GM0518", aanvraag -> {
            binnen.countDown();
            while (los.getCount() > 0) {
                try {
                    los.await();
                } catch (InterruptedException e) {
                    // a misbehaving bundle: ignores the interrupt and hangs on
                }
            }
            return GOED;
        });
        List<CompletableFuture<Void>> hangend = List.of(CompletableFuture.runAsync(() -> onbruikbaar(hangt)),
                CompletableFuture.runAsync(() -> onbruikbaar(hangt)));
        assertTrue(binnen.await(1, TimeUnit.MINUTES));

        // both places of GM0518 are taken by threads that do not come back ...
        RegelsOnbruikbaarException vol = onbruikbaar(hangt);
        assertTrue(vol.getMessage(), vol.getMessage().contains("al 2 eerdere aanroepen wachten nog op antwoord"));
        // ... while another gemeente is served as usual
        assertSame(GOED, bewaakt("GM0222", aanvraag -> GOED).beoordeel(AANVRAAG));

        los.countDown();
        CompletableFuture.allOf(hangend.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        // once the threads are back, GM0518 gets its places back
        Subsidieregeling hersteld = bewaakt("GM0518", aanvraag -> GOED);
        long tot = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                assertSame(GOED, hersteld.beoordeel(AANVRAAG));
                break;
            } catch (RegelsOnbruikbaarException e) {
                if (System.nanoTime() > tot) {
                    throw e;
                }
            }
        }
    }

    private static RegelsOnbruikbaarException onbruikbaar(Subsidieregeling regels) {
        try {
            regels.beoordeel(AANVRAAG);
        } catch (RegelsOnbruikbaarException e) {
            return e;
        }
        fail("expected RegelsOnbruikbaarException");
        return null;
    }

    private Subsidieregeling bewaakt(String gemeente, Function<Subsidieaanvraag, Beoordeling> beoordeel) {
        Subsidieregeling regels = new Subsidieregeling() {
            @Override
            public RegelsInfo info() {
                throw new AssertionError("info() is read once, at registration");
            }

            @Override
            public String regeling() {
                throw new AssertionError("regeling() is read once, at registration");
            }

            @Override
            public Regelingsfeiten feiten() {
                return null;
            }

            @Override
            public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
                return beoordeel.apply(aanvraag);
            }
        };
        Aanbod aanbod = new Aanbod(Subsidieregeling.class, regels, gemeente, Optional.of("bewonersinitiatief"),
                RegelsInfo.vanaf("Regeling " + gemeente, "test", LocalDate.of(2010, 1, 1)), "nl." + gemeente.toLowerCase(),
                "1.2.3", 7, 1, 0);
        return bewaking.bewaak(Subsidieregeling.class, aanbod, gemeente);
    }
}
