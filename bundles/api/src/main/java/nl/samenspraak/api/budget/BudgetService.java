package nl.samenspraak.api.budget;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/**
 * Budgets of the gemeenten and their ledgers. Every method takes the gemeente first and sees only that
 * gemeente's budgets: a budget id of another gemeente is unknown here ({@link BudgetNietGevondenException}).
 * Authorisation is the caller's job. Every method throws
 * {@link nl.samenspraak.api.gemeente.GemeenteNietBediendException} for a gemeente the platform does not serve.
 */
@ProviderType
public interface BudgetService {

    /**
     * Every field of a new budget that does not comply: a name (at most 200 characters), a wijk of this
     * gemeente if any, a scheme code if any, a period with {@code van <= tot}, a positive ceiling.
     */
    List<Overtreding> validate(String gemeente, NieuwBudget nieuw);

    /**
     * Opens a budget with an empty ledger.
     *
     * @throws OngeldigeInvoerException naming every field of {@link #validate} that does not comply; nothing
     *         is stored then
     */
    Budget create(String gemeente, NieuwBudget nieuw);

    /** The gemeente's budgets, by period and name, with their figures. */
    List<Budget> list(String gemeente);

    Optional<Budget> find(String gemeente, String budgetId);

    /**
     * Every field of a booking that does not comply, before any ledger rule: a kind, a positive amount, a
     * description (at most 500 characters), a reference if any (at most 100).
     */
    List<Overtreding> validate(NieuweBoeking boeking);

    /**
     * Books an entry, atomically with the check of the ledger rules (see {@link Saldo}): of many concurrent
     * bookings on one budget, each sees the effect of those booked before it.
     *
     * @param door the name of the user who books
     * @throws OngeldigeInvoerException naming every field of {@link #validate(NieuweBoeking)} that does not
     *         comply; nothing is booked then
     * @throws BudgetNietGevondenException when the gemeente has no such budget
     * @throws PlafondOverschredenException when a reservation or grant exceeds what remains
     * @throws BoekingGeweigerdException when a payment or release breaks the other ledger rules
     */
    Boeking book(String gemeente, String budgetId, NieuweBoeking boeking, String door);

    /**
     * The budget's ledger in booking order.
     *
     * @throws BudgetNietGevondenException when the gemeente has no such budget
     */
    List<Boeking> ledger(String gemeente, String budgetId);
}
