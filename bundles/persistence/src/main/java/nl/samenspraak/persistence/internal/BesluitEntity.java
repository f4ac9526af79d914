package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;

/**
 * A besluit with the provenance of its rules copied in, so it stays explainable after the rules bundle is
 * updated or removed. Never updated or deleted. Its reasons are {@link BesluitRedenEntity} rows.
 */
@Entity
@Table(name = "BESLUIT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class BesluitEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "INITIATIEF_ID", nullable = false, length = 36)
    private String initiatiefId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Besluit.Besluittype soort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Beoordeling.Uitkomst uitkomst;

    private Long bedragCenten;

    @Column(nullable = false)
    private LocalDate peildatum;

    @Embedded
    private HerkomstKolommen regels;

    @Column(nullable = false, length = 200)
    private String genomenDoor;

    @Column(nullable = false)
    private Instant genomenOp;

    protected BesluitEntity() {
        // for JPA
    }

    BesluitEntity(Besluit besluit) {
        this.id = besluit.id();
        this.initiatiefId = besluit.initiatiefId();
        this.soort = besluit.soort();
        this.uitkomst = besluit.uitkomst();
        this.bedragCenten = besluit.bedrag().map(Bedrag::centen).orElse(null);
        this.peildatum = besluit.peildatum();
        this.regels = new HerkomstKolommen(besluit.regels());
        this.genomenDoor = besluit.genomenDoor();
        this.genomenOp = besluit.genomenOp();
    }

    String id() {
        return id;
    }

    Besluit toBesluit(List<Reden> redenen) {
        return new Besluit(id, initiatiefId, soort, uitkomst, Optional.ofNullable(bedragCenten).map(Bedrag::centen),
                redenen, peildatum, regels.toHerkomst(), genomenDoor, genomenOp);
    }
}
