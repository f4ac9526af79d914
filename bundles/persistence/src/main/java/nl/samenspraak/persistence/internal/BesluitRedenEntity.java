package nl.samenspraak.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.rules.Reden;

/** One reason of a besluit, in the order the rules gave them. */
@Entity
@Table(name = "BESLUIT_REDEN", uniqueConstraints = @UniqueConstraint(name = "BESLUIT_REDEN_VOLGORDE",
        columnNames = { "BESLUIT_ID", "VOLGNUMMER" }))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class BesluitRedenEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "BESLUIT_ID", nullable = false, length = 36)
    private String besluitId;

    @Column(name = "VOLGNUMMER", nullable = false)
    private int volgnummer;

    @Column(nullable = false, length = 300)
    private String artikel;

    @Column(nullable = false, length = 4000)
    private String toelichting;

    protected BesluitRedenEntity() {
        // for JPA
    }

    BesluitRedenEntity(String id, String besluitId, int volgnummer, Reden reden) {
        this.id = id;
        this.besluitId = besluitId;
        this.volgnummer = volgnummer;
        this.artikel = reden.artikel();
        this.toelichting = reden.toelichting();
    }

    String besluitId() {
        return besluitId;
    }

    Reden toReden() {
        return new Reden(artikel, toelichting);
    }
}
