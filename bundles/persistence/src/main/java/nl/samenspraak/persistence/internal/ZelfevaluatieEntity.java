package nl.samenspraak.persistence.internal;

import java.time.Instant;

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

import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/** The project leader's self-evaluation of a traject: one per traject, replaced when given again. */
@Entity
@Table(name = "ZELFEVALUATIE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class ZelfevaluatieEntity {

    @Id
    @Column(name = "TRAJECT_ID", length = 36)
    private String traject;

    @Embedded
    private OordeelKolommen oordelen;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOORT", nullable = false, length = 30)
    private Typering.Participatiesoort soort;

    @Enumerated(EnumType.STRING)
    @Column(name = "NIVEAU", nullable = false, length = 20)
    private Participatieniveau niveau;

    @Enumerated(EnumType.STRING)
    @Column(name = "SCHAAL", nullable = false, length = 10)
    private Typering.Schaal schaal;

    @Column(name = "DUUR_IN_WEKEN", nullable = false)
    private int duurInWeken;

    @Enumerated(EnumType.STRING)
    @Column(name = "BESLISSER", nullable = false, length = 20)
    private Typering.Beslisser beslisser;

    @Column(name = "DOOR", nullable = false, length = 200)
    private String door;

    @Column(name = "OP", nullable = false)
    private Instant op;

    protected ZelfevaluatieEntity() {
        // for JPA
    }

    ZelfevaluatieEntity(Zelfevaluatie z) {
        this.traject = z.traject();
        wijzig(z);
    }

    void wijzig(Zelfevaluatie z) {
        oordelen = new OordeelKolommen(z.oordelen());
        Typering t = z.typering();
        soort = t.soort();
        niveau = t.niveau();
        schaal = t.schaal();
        duurInWeken = t.duurInWeken();
        beslisser = t.beslisser();
        door = z.door();
        op = z.op();
    }

    Zelfevaluatie toZelfevaluatie() {
        return new Zelfevaluatie(traject, oordelen.toOordelen(), new Typering(soort, niveau, schaal, duurInWeken, beslisser),
                door, op);
    }
}
