package nl.samenspraak.persistence.internal;

import java.time.Instant;

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

import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Participatierol;

/** A user's part in an initiative: one per user and initiative. */
@Entity
@Table(name = "DEELNAME", uniqueConstraints = @UniqueConstraint(name = "DEELNAME_UNIEK",
        columnNames = { "INITIATIEF_ID", "GEBRUIKER" }))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class DeelnameEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "INITIATIEF_ID", nullable = false, length = 36)
    private String initiatiefId;

    @Column(name = "GEBRUIKER", nullable = false, length = 200)
    private String gebruiker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Participatierol rol;

    @Column(nullable = false, length = 200)
    private String toegevoegdDoor;

    @Column(nullable = false)
    private Instant toegevoegdOp;

    protected DeelnameEntity() {
        // for JPA
    }

    DeelnameEntity(String id, String initiatiefId, Deelname deelname) {
        this.id = id;
        this.initiatiefId = initiatiefId;
        this.gebruiker = deelname.gebruiker();
        wijzig(deelname);
    }

    void wijzig(Deelname deelname) {
        this.rol = deelname.rol();
        this.toegevoegdDoor = deelname.toegevoegdDoor();
        this.toegevoegdOp = deelname.toegevoegdOp();
    }

    Deelname toDeelname() {
        return new Deelname(gebruiker, rol, toegevoegdDoor, toegevoegdOp);
    }
}
