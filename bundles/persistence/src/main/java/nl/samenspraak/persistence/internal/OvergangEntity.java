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

import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Status;

/** One recorded change of state, never updated or deleted; numbered per initiative. */
@Entity
@Table(name = "OVERGANG", uniqueConstraints = @UniqueConstraint(name = "OVERGANG_VOLGORDE",
        columnNames = { "INITIATIEF_ID", "VOLGNUMMER" }))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class OvergangEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "INITIATIEF_ID", nullable = false, length = 36)
    private String initiatiefId;

    @Column(name = "VOLGNUMMER", nullable = false)
    private long volgnummer;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Status van;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Status naar;

    @Column(nullable = false, length = 200)
    private String door;

    @Column(nullable = false)
    private Instant op;

    @Column(nullable = false, length = 4000)
    private String toelichting;

    protected OvergangEntity() {
        // for JPA
    }

    OvergangEntity(String id, String initiatiefId, long volgnummer, Status van, Status naar, String door, Instant op,
            String toelichting) {
        this.id = id;
        this.initiatiefId = initiatiefId;
        this.volgnummer = volgnummer;
        this.van = van;
        this.naar = naar;
        this.door = door;
        this.op = op;
        this.toelichting = toelichting;
    }

    Overgang toOvergang() {
        return new Overgang(volgnummer, Optional.ofNullable(van), naar, door, op, toelichting);
    }
}
