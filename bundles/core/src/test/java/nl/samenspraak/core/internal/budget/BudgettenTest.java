package nl.samenspraak.core.internal.budget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.budget.Saldo;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.Wijk;
import nl.samenspraak.api.opslag.BudgetStore;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.testsupport.NepGemeenten;

/** Open box: the component with a registry of two gemeenten and an in-memory store. */
public class BudgettenTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2025, 12, 31);

    private final InMemoryStore store = new InMemoryStore();
    private final Budgetten budgetten = new Budgetten(new NepGemeenten(
            new Gemeente("GM0222", "Doetinchem", List.of(new Wijk("WK022290", "Centrum"))),
            new Gemeente("GM0518", "'s-Gravenhage", List.of(new Wijk("WK051836", "Moerwijk")))), store,
            Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    public void createsAndBooksWithinTheRules() {
        Budget budget = budgetten.create("GM0518", new NieuwBudget(" Wijkbudget Moerwijk ", "WK051836", "wijkbudget",
                JAN, DEC, Bedrag.euro(50_000)));
        assertEquals("Wijkbudget Moerwijk", budget.naam());
        Boeking boeking = budgetten.book("GM0518", budget.id(),
                new NieuweBoeking(BoekingSoort.TOEKENNING, Bedrag.euro(1500), "Buurtfeest", "aanvraag-1"), "ambtenaar");
        assertEquals(1, boeking.volgnummer());
        assertEquals(Instant.parse("2025-03-01T10:00:00Z"), boeking.geboektOp());
        assertEquals(Bedrag.euro(48_500), budgetten.find("GM0518", budget.id()).orElseThrow().beschikbaar());
        assertThrows(PlafondOverschredenException.class, () -> budgetten.book("GM0518", budget.id(),
                new NieuweBoeking(BoekingSoort.TOEKENNING, Bedrag.euro(48_501), "Te veel", null), "ambtenaar"));
    }

    @Test
    public void namesEveryFieldThatDoesNotComplyAndStoresNothing() {
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> budgetten.create("GM0518",
                new NieuwBudget(" ", "WK022290", "Wijk Budget!", DEC, JAN, Bedrag.NUL)));
        assertEquals(Set.of("naam", "wijk", "regeling", "tot", "plafond"), velden(e.overtredingen()));
        assertEquals(Set.of("naam", "van", "tot", "plafond"),
                velden(budgetten.validate("GM0518", new NieuwBudget(null, null, null, null, null, null))));
        assertTrue(store.budgets.isEmpty());
    }

    @Test
    public void refusesAnInvalidBookingBeforeTheStore() {
        Budget budget = budgetten.create("GM0518", new NieuwBudget("B", null, null, JAN, JAN, Bedrag.euro(10)));
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> budgetten.book("GM0518",
                budget.id(), new NieuweBoeking(null, Bedrag.NUL, "", " "), "ambtenaar"));
        assertEquals(Set.of("soort", "bedrag", "omschrijving", "referentie"), velden(e.overtredingen()));
        assertEquals(List.of(), budgetten.ledger("GM0518", budget.id()));
    }

    @Test
    public void aBudgetOfAnotherGemeenteIsUnknown() {
        Budget denHaag = budgetten.create("GM0518", new NieuwBudget("B", null, null, JAN, DEC, Bedrag.euro(10)));
        assertEquals(Optional.empty(), budgetten.find("GM0222", denHaag.id()));
        assertThrows(BudgetNietGevondenException.class, () -> budgetten.ledger("GM0222", denHaag.id()));
        assertThrows(BudgetNietGevondenException.class, () -> budgetten.book("GM0222", denHaag.id(),
                new NieuweBoeking(BoekingSoort.RESERVERING, Bedrag.euro(1), "x", null), "ambtenaar"));
        assertEquals(List.of(), budgetten.list("GM0222"));
        assertThrows(GemeenteNietBediendException.class, () -> budgetten.list("GM0599"));
    }

    private static Set<String> velden(List<Overtreding> overtredingen) {
        return overtredingen.stream().map(Overtreding::veld).collect(Collectors.toSet());
    }

    /** Keyed by gemeente, like the tenant column. */
    private static final class InMemoryStore implements BudgetStore {
        final Map<String, Budget> budgets = new HashMap<>();
        final Map<String, List<Boeking>> ledgers = new HashMap<>();

        @Override
        public Budget create(String gemeente, NieuwBudget n) {
            Budget b = new Budget(UUID.randomUUID().toString(), gemeente, n.naam(), Optional.ofNullable(n.wijk()),
                    Optional.ofNullable(n.regeling()), n.van(), n.tot(), Saldo.leeg(n.plafond()));
            budgets.put(gemeente + "/" + b.id(), b);
            ledgers.put(gemeente + "/" + b.id(), new ArrayList<>());
            return b;
        }

        @Override
        public List<Budget> list(String gemeente) {
            return budgets.values().stream().filter(b -> b.gemeente().equals(gemeente)).toList();
        }

        @Override
        public Optional<Budget> find(String gemeente, String id) {
            return Optional.ofNullable(budgets.get(gemeente + "/" + id));
        }

        @Override
        public synchronized Boeking book(String gemeente, String id, NieuweBoeking n, String door, Instant op) {
            Budget b = find(gemeente, id).orElseThrow(() -> new BudgetNietGevondenException(gemeente, id));
            Saldo na = b.saldo().na(n.soort(), n.bedrag());
            budgets.put(gemeente + "/" + id, new Budget(b.id(), gemeente, b.naam(), b.wijk(), b.regeling(), b.van(),
                    b.tot(), na));
            List<Boeking> ledger = ledgers.get(gemeente + "/" + id);
            Boeking boeking = new Boeking(ledger.size() + 1, id, n.soort(), n.bedrag(), n.omschrijving(),
                    Optional.ofNullable(n.referentie()), op, door);
            ledger.add(boeking);
            return boeking;
        }

        @Override
        public Optional<List<Boeking>> ledger(String gemeente, String id) {
            return Optional.ofNullable(ledgers.get(gemeente + "/" + id)).map(List::copyOf);
        }
    }
}
