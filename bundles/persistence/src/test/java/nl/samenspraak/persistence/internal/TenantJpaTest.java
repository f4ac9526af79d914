package nl.samenspraak.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.After;
import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.NieuwBudget;

/** The tenant wall at the persistence level, on the real persistence unit and a real (in-memory) database. */
public class TenantJpaTest {

    private static final String DEN_HAAG = "GM0518";
    private static final String DOETINCHEM = "GM0222";

    private final ResourceLocalJpa database = new ResourceLocalJpa();
    private final TenantJpa jpa = new TenantJpa(database);
    private final JpaBudgetStore budgetten = new JpaBudgetStore(database);

    @After
    public void sluit() {
        database.close();
    }

    @Test
    public void switchingTheGemeenteMidTransactionIsRefusedAndNothingIsStored() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> jpa.tx(DEN_HAAG, em -> {
            budgetten.create(DEN_HAAG, budget("Haags budget"));
            return jpa.tx(DOETINCHEM, inner -> budgetten.create(DOETINCHEM, budget("Doetinchems budget")));
        }));
        assertTrue(e.getMessage(), e.getMessage().contains(DEN_HAAG) && e.getMessage().contains(DOETINCHEM));
        assertEquals("the outer transaction rolled back as a whole", 0, budgetten.list(DEN_HAAG).size());
        assertEquals(0, budgetten.list(DOETINCHEM).size());
    }

    @Test
    public void aGemeenteSeesOnlyItsOwnRows() {
        Budget haags = budgetten.create(DEN_HAAG, budget("Haags budget"));
        assertEquals(1, budgetten.list(DEN_HAAG).size());
        assertEquals(0, budgetten.list(DOETINCHEM).size());
        assertEquals(Optional.empty(), budgetten.find(DOETINCHEM, haags.id()));
        assertEquals(haags.id(), budgetten.find(DEN_HAAG, haags.id()).orElseThrow().id());
    }

    @Test
    public void aNestedCallForTheSameGemeenteJoinsTheTransaction() {
        jpa.tx(DEN_HAAG, em -> jpa.tx(DEN_HAAG, inner -> {
            assertTrue("one entity manager for the whole transaction", em == inner);
            return budgetten.create(DEN_HAAG, budget("Haags budget"));
        }));
        assertEquals(1, budgetten.list(DEN_HAAG).size());
    }

    @Test
    public void aCodeThatIsNoGemeenteIsRefusedBeforeTheDatabase() {
        assertThrows(IllegalArgumentException.class, () -> jpa.tx("WK051836", em -> null));
    }

    static NieuwBudget budget(String naam) {
        return new NieuwBudget(naam, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Bedrag.euro(1_000));
    }
}
