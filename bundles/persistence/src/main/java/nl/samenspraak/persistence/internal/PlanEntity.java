package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.wijkbudget.Plan;

/** A plan of a round; its support is counted from {@link SteunEntity} rows. */
@Entity
@Table(name = "WIJKPLAN")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class PlanEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "RONDE_ID", nullable = false, length = 36)
    private String rondeId;

    @Column(nullable = false, length = 200)
    private String titel;

    @Lob
    @Column(nullable = false)
    private String omschrijving;

    @Column(nullable = false)
    private long geschatteKostenCenten;

    @Column(nullable = false, length = 200)
    private String indiener;

    @Column(nullable = false)
    private Instant ingediendOp;

    private Boolean haalbaar;

    @Column(length = 4000)
    private String toetsing;

    private Long kostenCenten;

    protected PlanEntity() {
        // for JPA
    }

    PlanEntity(Plan p) {
        id = p.id();
        rondeId = p.rondeId();
        titel = p.titel();
        omschrijving = p.omschrijving();
        geschatteKostenCenten = p.geschatteKosten().centen();
        indiener = p.indiener();
        ingediendOp = p.ingediendOp();
    }

    void toets(boolean uitkomst, String reden, Optional<Bedrag> kosten) {
        haalbaar = uitkomst;
        toetsing = reden;
        kostenCenten = kosten.map(Bedrag::centen).orElse(null);
    }

    Plan toPlan(long steun) {
        return new Plan(id, rondeId, titel, omschrijving, Bedrag.centen(geschatteKostenCenten), indiener, ingediendOp, steun,
                Optional.ofNullable(haalbaar), Optional.ofNullable(toetsing), Optional.ofNullable(kostenCenten).map(Bedrag::centen));
    }

    String id() {
        return id;
    }
}
