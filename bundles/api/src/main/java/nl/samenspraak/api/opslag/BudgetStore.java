package nl.samenspraak.api.opslag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingGeweigerdException;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.budget.Saldo;

/**
 * Durable storage of budgets and ledgers, used by the {@link BudgetService}; validates nothing but the
 * ledger rules, which only it can apply atomically. Every stored row belongs to exactly one gemeente and
 * every method sees only the rows of the gemeente it is given.
 */
@ProviderType
public interface BudgetStore {

    /** Stores a new budget, already validated, and returns it with its new id and an empty ledger. */
    Budget create(String gemeente, NieuwBudget nieuw);

    List<Budget> list(String gemeente);

    Optional<Budget> find(String gemeente, String budgetId);

    /**
     * In one transaction: locks the budget against concurrent bookings, derives its {@link Saldo} from the
     * ledger, applies {@link Saldo#na} (which may refuse) and appends the entry with the next sequence
     * number. A refused booking leaves nothing behind.
     *
     * @throws BudgetNietGevondenException when the gemeente has no such budget
     * @throws BoekingGeweigerdException (or {@link PlafondOverschredenException}) when the rules refuse it
     */
    Boeking book(String gemeente, String budgetId, NieuweBoeking boeking, String door, Instant op);

    /** The ledger in booking order; empty when the gemeente has no such budget. */
    Optional<List<Boeking>> ledger(String gemeente, String budgetId);
}
