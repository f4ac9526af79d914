package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.initiatief.Zienswijze;

/** A zienswijze; only its answer is ever written later, by the reactienota. */
@Entity
@Table(name = "ZIENSWIJZE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class ZienswijzeEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "INSPRAAK_ID", nullable = false, length = 36)
    private String inspraakId;

    @Column(nullable = false, length = 200)
    private String indiener;

    @Column(nullable = false)
    private LocalDate ontvangenOp;

    @Column(nullable = false)
    private Instant geregistreerdOp;

    @Lob
    @Column(nullable = false)
    private String inhoud;

    @Lob
    private String antwoord;

    protected ZienswijzeEntity() {
        // for JPA
    }

    ZienswijzeEntity(String id, String inspraakId, String indiener, LocalDate ontvangenOp, Instant geregistreerdOp,
            String inhoud) {
        this.id = id;
        this.inspraakId = inspraakId;
        this.indiener = indiener;
        this.ontvangenOp = ontvangenOp;
        this.geregistreerdOp = geregistreerdOp;
        this.inhoud = inhoud;
    }

    String id() {
        return id;
    }

    void beantwoord(String tekst) {
        this.antwoord = tekst;
    }

    Zienswijze toZienswijze() {
        return new Zienswijze(id, inspraakId, indiener, ontvangenOp, geregistreerdOp, inhoud, Optional.ofNullable(antwoord));
    }
}
