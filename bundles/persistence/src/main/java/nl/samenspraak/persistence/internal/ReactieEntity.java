package nl.samenspraak.persistence.internal;

import java.time.LocalDate;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.monitor.Antwoorden;
import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Reactie;

/**
 * A response to a questionnaire, under its participant's pseudonymous token: one per token and questionnaire
 * (REACTIE_EENMALIG). The token is written, never read back.
 */
@Entity
@Table(name = "REACTIE", uniqueConstraints = @UniqueConstraint(name = "REACTIE_EENMALIG",
        columnNames = { "VRAGENLIJST_ID", "DEELNEMER" }))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class ReactieEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "VRAGENLIJST_ID", nullable = false, length = 80)
    private String vragenlijst;

    @Column(name = "ONDERWERP_ID", nullable = false, length = 36)
    private String onderwerp;

    @Column(name = "DEELNEMER", nullable = false, length = 64)
    private String deelnemer;

    @Embedded
    private OordeelKolommen oordelen;

    @Column(name = "CIJFER_PROCES", nullable = false)
    private int cijferProces;

    @Column(name = "CIJFER_RESULTAAT", nullable = false)
    private int cijferResultaat;

    @Enumerated(EnumType.STRING)
    @Column(name = "NOGMAALS", nullable = false, length = 10)
    private Nogmaals nogmaals;

    @Column(name = "GOED", nullable = false, length = Antwoorden.MAX_TEKST)
    private String goed;

    @Column(name = "BETER", nullable = false, length = Antwoorden.MAX_TEKST)
    private String beter;

    @Column(name = "INGEVULD_OP", nullable = false)
    private LocalDate ingevuldOp;

    protected ReactieEntity() {
        // for JPA
    }

    ReactieEntity(String deelnemer, Reactie reactie) {
        this.id = UUID.randomUUID().toString();
        this.vragenlijst = reactie.vragenlijst();
        this.onderwerp = reactie.onderwerp();
        this.deelnemer = deelnemer;
        Antwoorden a = reactie.antwoorden();
        this.oordelen = new OordeelKolommen(a.oordelen());
        this.cijferProces = a.cijferProces();
        this.cijferResultaat = a.cijferResultaat();
        this.nogmaals = a.nogmaals();
        this.goed = a.goed();
        this.beter = a.beter();
        this.ingevuldOp = reactie.ingevuldOp();
    }

    Reactie toReactie() {
        return new Reactie(vragenlijst, onderwerp, new Antwoorden(oordelen.toOordelen(), cijferProces, cijferResultaat,
                nogmaals, goed, beter), ingevuldOp);
    }
}
