package nl.samenspraak.persistence.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.werkplek.Toewijzing;

/** One assignment of a werkvoorraad item; never changed, a new assignment is a new row. */
@Entity
@Table(name = "TOEWIJZING")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class ToewijzingEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String zaak;

    @Column(nullable = false, length = 200)
    private String aan;

    @Column(nullable = false, length = 200)
    private String door;

    @Column(nullable = false)
    private Instant op;

    /** Orders assignments made within the same clock tick. */
    @Column(nullable = false)
    private long volgnummer;

    protected ToewijzingEntity() {
        // for JPA
    }

    ToewijzingEntity(String id, String zaak, String aan, String door, Instant op, long volgnummer) {
        this.id = id;
        this.zaak = zaak;
        this.aan = aan;
        this.door = door;
        this.op = op;
        this.volgnummer = volgnummer;
    }

    Toewijzing toDto() {
        return new Toewijzing(zaak, aan, door, op);
    }
}
