package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;

/**
 * One ledger entry, never updated or deleted. The unique (budget, sequence number) pair is a second guard:
 * should two bookings of one budget ever escape the lock, the later insert fails instead of both counting.
 */
@Entity
@Table(name = "BOEKING", uniqueConstraints = @UniqueConstraint(name = "BOEKING_VOLGORDE",
        columnNames = { "BUDGET_ID", "VOLGNUMMER" }))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class BoekingEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "BUDGET_ID", nullable = false, length = 36)
    private String budgetId;

    @Column(name = "VOLGNUMMER", nullable = false)
    private long volgnummer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BoekingSoort soort;

    @Column(nullable = false)
    private long centen;

    @Column(nullable = false, length = 500)
    private String omschrijving;

    @Column(length = 100)
    private String referentie;

    @Column(nullable = false)
    private Instant geboektOp;

    @Column(nullable = false, length = 200)
    private String geboektDoor;

    protected BoekingEntity() {
        // for JPA
    }

    BoekingEntity(String id, String budgetId, long volgnummer, BoekingSoort soort, Bedrag bedrag, String omschrijving,
            String referentie, Instant geboektOp, String geboektDoor) {
        this.id = id;
        this.budgetId = budgetId;
        this.volgnummer = volgnummer;
        this.soort = soort;
        this.centen = bedrag.centen();
        this.omschrijving = omschrijving;
        this.referentie = referentie;
        this.geboektOp = geboektOp;
        this.geboektDoor = geboektDoor;
    }

    Boeking toBoeking() {
        return new Boeking(volgnummer, budgetId, soort, Bedrag.centen(centen), omschrijving,
                Optional.ofNullable(referentie), geboektOp, geboektDoor);
    }
}
