package nl.samenspraak.persistence.internal;

import java.time.LocalDate;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.Saldo;

/**
 * A budget: its ceiling, and running totals of its ledger ({@link BoekingEntity}) so that neither a booking nor a
 * list has to sum the whole ledger. The ledger stays the truth: the totals are updated in the transaction that
 * inserts each entry, under the budget's row lock, and a row without totals (made before they existed, so
 * {@code NULL}) gets them from its ledger the first time it is read or booked on.
 */
@Entity
@Table(name = "BUDGET")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class BudgetEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(length = 8)
    private String wijk;

    @Column(length = 50)
    private String regeling;

    @Column(nullable = false)
    private LocalDate van;

    @Column(nullable = false)
    private LocalDate tot;

    @Column(name = "PLAFOND_CENTEN", nullable = false)
    private long plafondCenten;

    /** Sums of the ledger's entries per kind, and their count; all {@code NULL} until derived from the ledger. */
    @Column(name = "GERESERVEERD_CENTEN")
    private Long gereserveerdCenten;

    @Column(name = "TOEGEKEND_CENTEN")
    private Long toegekendCenten;

    @Column(name = "UITBETAALD_CENTEN")
    private Long uitbetaaldCenten;

    @Column(name = "VRIJGEVALLEN_CENTEN")
    private Long vrijgevallenCenten;

    @Column(name = "AANTAL_BOEKINGEN")
    private Long aantalBoekingen;

    protected BudgetEntity() {
        // for JPA
    }

    BudgetEntity(String id, NieuwBudget nieuw) {
        this.id = id;
        this.naam = nieuw.naam();
        this.wijk = nieuw.wijk();
        this.regeling = nieuw.regeling();
        this.van = nieuw.van();
        this.tot = nieuw.tot();
        this.plafondCenten = nieuw.plafond().centen();
        totalen(Saldo.leeg(plafond()), 0);
    }

    String id() {
        return id;
    }

    Bedrag plafond() {
        return Bedrag.centen(plafondCenten);
    }

    /** Whether the running totals are known; false for a row made before they existed. */
    boolean heeftTotalen() {
        return gereserveerdCenten != null && toegekendCenten != null && uitbetaaldCenten != null
                && vrijgevallenCenten != null && aantalBoekingen != null;
    }

    /** The figures from the running totals; only when {@link #heeftTotalen()}. */
    Saldo saldo() {
        return new Saldo(plafond(), Bedrag.centen(gereserveerdCenten), Bedrag.centen(toegekendCenten),
                Bedrag.centen(uitbetaaldCenten), Bedrag.centen(vrijgevallenCenten));
    }

    /** The number of entries in the ledger; only when {@link #heeftTotalen()}. */
    long aantalBoekingen() {
        return aantalBoekingen;
    }

    /** Sets the running totals: after a booking, or when derived from the ledger. */
    void totalen(Saldo saldo, long aantal) {
        this.gereserveerdCenten = saldo.gereserveerd().centen();
        this.toegekendCenten = saldo.toegekend().centen();
        this.uitbetaaldCenten = saldo.uitbetaald().centen();
        this.vrijgevallenCenten = saldo.vrijgevallen().centen();
        this.aantalBoekingen = aantal;
    }

    Budget toBudget(String gemeente, Saldo saldo) {
        return new Budget(id, gemeente, naam, Optional.ofNullable(wijk), Optional.ofNullable(regeling), van, tot,
                saldo);
    }
}
