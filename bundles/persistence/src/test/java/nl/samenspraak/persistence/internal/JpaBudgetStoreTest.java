package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingGeweigerdException;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.budget.Saldo;

/**
 * The budget row lock on a real database: concurrent grants on one budget are serialised, each sees the ones
 * booked before it, and together they never exceed the plafond; the running totals on the budget row always
 * equal what the ledger gives.
 */
public class JpaBudgetStoreTest {

    private static final String GEMEENTE = "GM0518";
    private static final int AANVRAGERS = 8;

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final JpaBudgetStore store = new JpaBudgetStore(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void concurrentGrantsOnOneBudgetNeverExceedThePlafond() throws Exception {
        // plafond 1,000 euro; eight applicants ask 300 each at the same moment: exactly three fit
        Budget budget = store.create(GEMEENTE, TenantJpaTest.budget("Bewonersinitiatieven"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AANVRAGERS);
        try {
            List<Future<Boolean>> uitkomsten = new ArrayList<>();
            for (int i = 0; i < AANVRAGERS; i++) {
                String referentie = "aanvraag-" + i;
                Callable<Boolean> aanvraag = () -> {
                    start.await();
                    try {
                        store.book(GEMEENTE, budget.id(), new NieuweBoeking(BoekingSoort.TOEKENNING, Bedrag.euro(300),
                                "Verlening", referentie), "ambtenaar", Instant.now());
                        return true;
                    } catch (PlafondOverschredenException e) {
                        return false;
                    }
                };
                uitkomsten.add(pool.submit(aanvraag));
            }
            start.countDown();
            int toegekend = 0;
            for (Future<Boolean> uitkomst : uitkomsten) {
                toegekend += uitkomst.get(2, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertEquals(3, toegekend);
        } finally {
            pool.shutdownNow();
        }
        Budget na = store.find(GEMEENTE, budget.id()).orElseThrow();
        assertEquals(Bedrag.euro(900), na.saldo().toegekend());
        assertEquals(Bedrag.euro(100), na.saldo().beschikbaar());
        List<Boeking> grootboek = store.ledger(GEMEENTE, budget.id()).orElseThrow();
        assertEquals(3, grootboek.size());
        for (int i = 0; i < grootboek.size(); i++) {
            assertEquals("sequence numbers without gaps or doubles", i + 1, grootboek.get(i).volgnummer());
        }
    }

    @Test
    public void aRefusedBookingLeavesNothingBehind() {
        Budget budget = store.create(GEMEENTE, TenantJpaTest.budget("Bewonersinitiatieven"));
        PlafondOverschredenException e = assertThrows(PlafondOverschredenException.class, () -> store.book(GEMEENTE,
                budget.id(), new NieuweBoeking(BoekingSoort.TOEKENNING, Bedrag.euro(1_001), "Te veel", "x"), "ambtenaar",
                Instant.now()));
        assertEquals(Bedrag.euro(1_000), e.beschikbaar());
        assertTrue(store.ledger(GEMEENTE, budget.id()).orElseThrow().isEmpty());
    }

    @Test
    public void theRunningTotalsAlwaysEqualTheLedger() {
        Budget budget = store.create(GEMEENTE, TenantJpaTest.budget("Bewonersinitiatieven"));
        Random willekeurig = new Random(17);
        int geweigerd = 0;
        for (int i = 0; i < 200; i++) {
            BoekingSoort soort = BoekingSoort.values()[willekeurig.nextInt(BoekingSoort.values().length)];
            try {
                store.book(GEMEENTE, budget.id(), new NieuweBoeking(soort, Bedrag.centen(1 + willekeurig.nextInt(20_000)),
                        "Boeking " + i, null), "ambtenaar", Instant.now());
            } catch (BoekingGeweigerdException e) {
                geweigerd++;
            }
        }
        assertTrue("the mix must include refusals, or refused bookings are not checked", geweigerd > 0);
        assertTrue("the mix must include bookings", geweigerd < 200);
        assertTotalenGelijkAanLedger(budget.id());
    }

    @Test
    public void aBudgetWithoutTotalsGetsThemFromItsLedger() {
        // a row made before the totals existed has NULL in their columns
        Budget budget = store.create(GEMEENTE, TenantJpaTest.budget("Bewonersinitiatieven"));
        store.book(GEMEENTE, budget.id(), new NieuweBoeking(BoekingSoort.TOEKENNING, Bedrag.euro(300), "Verlening", "a"),
                "ambtenaar", Instant.now());
        store.book(GEMEENTE, budget.id(), new NieuweBoeking(BoekingSoort.UITBETALING, Bedrag.euro(100), "Betaling", "a"),
                "ambtenaar", Instant.now());
        new TenantJpa(database).tx(GEMEENTE, em -> em.createQuery("UPDATE BudgetEntity b SET b.gereserveerdCenten = NULL, "
                + "b.toegekendCenten = NULL, b.uitbetaaldCenten = NULL, b.vrijgevallenCenten = NULL, "
                + "b.aantalBoekingen = NULL").executeUpdate());
        assertFalse(entity(budget.id()).heeftTotalen());

        Saldo verwacht = new Saldo(Bedrag.euro(1_000), Bedrag.NUL, Bedrag.euro(300), Bedrag.euro(100), Bedrag.NUL);
        assertEquals(verwacht, store.find(GEMEENTE, budget.id()).orElseThrow().saldo());
        assertEquals(verwacht, store.list(GEMEENTE).get(0).saldo());

        Boeking derde = store.book(GEMEENTE, budget.id(), new NieuweBoeking(BoekingSoort.VRIJVAL, Bedrag.euro(50),
                "Vrijval", "a"), "ambtenaar", Instant.now());
        assertEquals(3, derde.volgnummer());
        assertTrue(entity(budget.id()).heeftTotalen());
        assertTotalenGelijkAanLedger(budget.id());
    }

    private void assertTotalenGelijkAanLedger(String budgetId) {
        BudgetEntity rij = entity(budgetId);
        JpaBudgetStore.Totalen uitLedger = new TenantJpa(database).tx(GEMEENTE,
                em -> JpaBudgetStore.totalenUitLedger(em, rij));
        assertEquals(uitLedger.saldo(), rij.saldo());
        assertEquals(uitLedger.aantal(), rij.aantalBoekingen());
        assertEquals(uitLedger.aantal(), store.ledger(GEMEENTE, budgetId).orElseThrow().size());
        assertEquals(uitLedger.saldo(), store.find(GEMEENTE, budgetId).orElseThrow().saldo());
        assertEquals(uitLedger.saldo(), store.list(GEMEENTE).stream().filter(b -> b.id().equals(budgetId)).findFirst()
                .orElseThrow().saldo());
    }

    private BudgetEntity entity(String budgetId) {
        return new TenantJpa(database).tx(GEMEENTE, em -> em.createQuery(
                "SELECT b FROM BudgetEntity b WHERE b.id = :id", BudgetEntity.class).setParameter("id", budgetId)
                .getSingleResult());
    }
}
