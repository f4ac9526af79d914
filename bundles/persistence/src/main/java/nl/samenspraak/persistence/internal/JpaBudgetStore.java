package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.Saldo;
import nl.samenspraak.api.opslag.BudgetStore;

/**
 * Budgets and ledgers in the samenspraak database, every row scoped to its gemeente through {@link TenantJpa}.
 * <p>
 * Bookings of one budget are serialised by a pessimistic write lock on the budget's row ({@code SELECT ...
 * FOR UPDATE}), taken first in the transaction that checks the rules against the budget's running totals,
 * inserts the entry and updates the totals; the lock is held until that transaction commits, so the next
 * booking sees this one. Bookings of different budgets do not wait for each other. Reads take no locks.
 * <p>
 * The running totals on the budget row (see {@link BudgetEntity}) make a booking and a read cost the same at
 * any ledger length. They are only ever written under the row lock, in the transaction that books; a row
 * without totals (older than them) is read with totals derived from its ledger, and gets them stored at its
 * next booking. {@link #totalenUitLedger} derives them, so the totals can always be checked against the ledger.
 */
@Component(service = BudgetStore.class)
public class JpaBudgetStore implements BudgetStore {

    private final TenantJpa jpa;

    @Activate
    public JpaBudgetStore(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = new TenantJpa(jpa);
    }

    @Override
    public Budget create(String gemeente, NieuwBudget nieuw) {
        return jpa.tx(gemeente, em -> {
            BudgetEntity entity = new BudgetEntity(UUID.randomUUID().toString(), nieuw);
            em.persist(entity);
            return entity.toBudget(gemeente, Saldo.leeg(entity.plafond()));
        });
    }

    @Override
    public List<Budget> list(String gemeente) {
        return jpa.tx(gemeente, em -> {
            List<BudgetEntity> budgetten = em.createQuery(
                    "SELECT b FROM BudgetEntity b ORDER BY b.van, b.naam, b.id", BudgetEntity.class).getResultList();
            Map<String, Map<BoekingSoort, Bedrag>> zonderTotalen = budgetten.stream()
                    .allMatch(BudgetEntity::heeftTotalen) ? Map.of() : totalenUitLedgers(em);
            return budgetten.stream()
                    .map(b -> b.toBudget(gemeente, b.heeftTotalen() ? b.saldo()
                            : saldo(b.plafond(), zonderTotalen.getOrDefault(b.id(), Map.of()))))
                    .toList();
        });
    }

    /** The sums per budget and kind over all ledgers of the gemeente: only for rows older than the totals. */
    private static Map<String, Map<BoekingSoort, Bedrag>> totalenUitLedgers(EntityManager em) {
        Map<String, Map<BoekingSoort, Bedrag>> totalen = new HashMap<>();
        em.createQuery("SELECT b.budgetId, b.soort, SUM(b.centen) FROM BoekingEntity b "
                + "GROUP BY b.budgetId, b.soort", Object[].class).getResultList()
                .forEach(rij -> totalen.computeIfAbsent((String) rij[0], id -> new EnumMap<>(BoekingSoort.class))
                        .put((BoekingSoort) rij[1], Bedrag.centen(((Number) rij[2]).longValue())));
        return totalen;
    }

    @Override
    public Optional<Budget> find(String gemeente, String budgetId) {
        return jpa.tx(gemeente, em -> budget(em, budgetId, LockModeType.NONE)
                .map(b -> b.toBudget(gemeente, b.heeftTotalen() ? b.saldo() : totalenUitLedger(em, b).saldo())));
    }

    @Override
    public Boeking book(String gemeente, String budgetId, NieuweBoeking boeking, String door, Instant op) {
        return jpa.tx(gemeente, em -> boek(em, gemeente, budgetId, boeking, door, op));
    }

    /**
     * Books within the caller's transaction (of this gemeente): the lock taken here is held until it commits,
     * so a change that books and stores more (a besluit) is atomic with the booking.
     */
    static Boeking boek(EntityManager em, String gemeente, String budgetId, NieuweBoeking boeking, String door, Instant op) {
        BudgetEntity budget = budget(em, budgetId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new BudgetNietGevondenException(gemeente, budgetId));
        if (!budget.heeftTotalen()) {
            Totalen totalen = totalenUitLedger(em, budget);
            budget.totalen(totalen.saldo(), totalen.aantal());
        }
        // throws, and so rolls back, when the rules refuse it
        Saldo na = budget.saldo().na(boeking.soort(), boeking.bedrag());
        long volgnummer = budget.aantalBoekingen() + 1;
        BoekingEntity entry = new BoekingEntity(UUID.randomUUID().toString(), budgetId, volgnummer,
                boeking.soort(), boeking.bedrag(), boeking.omschrijving(), boeking.referentie(), op, door);
        em.persist(entry);
        budget.totalen(na, volgnummer);
        return entry.toBoeking();
    }

    @Override
    public Optional<List<Boeking>> ledger(String gemeente, String budgetId) {
        return jpa.tx(gemeente, em -> budget(em, budgetId, LockModeType.NONE).map(b -> em
                .createQuery("SELECT b FROM BoekingEntity b WHERE b.budgetId = :budget ORDER BY b.volgnummer",
                        BoekingEntity.class)
                .setParameter("budget", budgetId).getResultStream().map(BoekingEntity::toBoeking).toList()));
    }

    /** By query, never {@code em.find}: the query carries the tenant criterion and the lock. */
    private static Optional<BudgetEntity> budget(EntityManager em, String budgetId, LockModeType lock) {
        return em.createQuery("SELECT b FROM BudgetEntity b WHERE b.id = :id", BudgetEntity.class)
                .setParameter("id", budgetId).setLockMode(lock).getResultStream().findFirst();
    }

    /** The budget's figures and entry count as its ledger gives them: the truth its running totals must match. */
    static Totalen totalenUitLedger(EntityManager em, BudgetEntity budget) {
        Map<BoekingSoort, Bedrag> totalen = new EnumMap<>(BoekingSoort.class);
        long aantal = 0;
        for (Object[] rij : em.createQuery("SELECT b.soort, SUM(b.centen), COUNT(b) FROM BoekingEntity b "
                + "WHERE b.budgetId = :budget GROUP BY b.soort", Object[].class)
                .setParameter("budget", budget.id()).getResultList()) {
            totalen.put((BoekingSoort) rij[0], Bedrag.centen(((Number) rij[1]).longValue()));
            aantal += ((Number) rij[2]).longValue();
        }
        return new Totalen(saldo(budget.plafond(), totalen), aantal);
    }

    static Saldo saldo(Bedrag plafond, Map<BoekingSoort, Bedrag> totalen) {
        return new Saldo(plafond, totalen.getOrDefault(BoekingSoort.RESERVERING, Bedrag.NUL),
                totalen.getOrDefault(BoekingSoort.TOEKENNING, Bedrag.NUL),
                totalen.getOrDefault(BoekingSoort.UITBETALING, Bedrag.NUL),
                totalen.getOrDefault(BoekingSoort.VRIJVAL, Bedrag.NUL));
    }

    record Totalen(Saldo saldo, long aantal) {
    }
}
