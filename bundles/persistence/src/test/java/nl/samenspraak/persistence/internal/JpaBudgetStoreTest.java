package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;

/**
 * The budget row lock on a real database: concurrent grants on one budget are serialised, each sees the ones
 * booked before it, and together they never exceed the plafond.
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
}
