package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.initiatief.Overheidsparticipatie;

/** One version of how the gemeente takes part in a residents' initiative; never changed, a new version is a new row. */
@Entity
@Table(name = "OVERHEIDSPARTICIPATIE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class OverheidsparticipatieEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String initiatief;

    @Column(nullable = false, length = 20)
    private String rol;

    /** The contributions' names, comma-separated in the order of their enum. */
    @Column(nullable = false, length = 200)
    private String bijdragen;

    @Column(nullable = false, length = 2000)
    private String toelichting;

    @Column(nullable = false, length = 200)
    private String contactpersoon;

    @Column(nullable = false, length = 200)
    private String contact;

    @Column(nullable = false, length = 200)
    private String door;

    @Column(nullable = false)
    private Instant op;

    /** Orders versions recorded within the same clock tick. */
    @Column(nullable = false)
    private long volgnummer;

    protected OverheidsparticipatieEntity() {
        // for JPA
    }

    OverheidsparticipatieEntity(String id, Overheidsparticipatie deelname, long volgnummer) {
        this.id = id;
        this.initiatief = deelname.initiatief();
        this.rol = deelname.rol().name();
        this.bijdragen = deelname.bijdragen().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.toelichting = deelname.toelichting();
        this.contactpersoon = deelname.contactpersoon();
        this.contact = deelname.contact();
        this.door = deelname.vastgelegdDoor();
        this.op = deelname.vastgelegdOp();
        this.volgnummer = volgnummer;
    }

    Overheidsparticipatie toDto() {
        Set<Overheidsparticipatie.Bijdrage> soorten = Arrays.stream(bijdragen.split(",")).filter(s -> !s.isEmpty())
                .map(Overheidsparticipatie.Bijdrage::valueOf).collect(Collectors.toSet());
        return new Overheidsparticipatie(initiatief, Overheidsparticipatie.Rol.valueOf(rol), soorten, toelichting,
                contactpersoon, contact, door, op);
    }
}
