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

/** A budget; its figures live in the ledger ({@link BoekingEntity}), only the ceiling is stored here. */
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
    }

    String id() {
        return id;
    }

    Bedrag plafond() {
        return Bedrag.centen(plafondCenten);
    }

    Budget toBudget(String gemeente, Saldo saldo) {
        return new Budget(id, gemeente, naam, Optional.ofNullable(wijk), Optional.ofNullable(regeling), van, tot,
                saldo);
    }
}
