package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.kluis.Kluis;

/** The kluis on the platform's database, shared by every node. */
@Component(service = Kluis.class)
public class JpaKluis implements Kluis {

    private final JpaTemplate jpa;

    @Activate
    public JpaKluis(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void leg(String vak, byte[] inhoud, Instant geldigTot) {
        jpa.tx(TransactionType.Required, em -> em.persist(new KluisvakEntity(vak, inhoud, geldigTot)));
    }

    @Override
    public Optional<byte[]> bekijk(String vak, Instant nu) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(KluisvakEntity.class, vak))
                .filter(gevonden -> gevonden.geldigTot().isAfter(nu)).map(KluisvakEntity::inhoud));
    }

    @Override
    public boolean haalLeeg(String vak) {
        // the row lock of the DELETE decides between callers on any node: only one sees its row go
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("DELETE FROM KluisvakEntity k WHERE k.vak = :v")
                .setParameter("v", vak).executeUpdate()) == 1;
    }

    @Override
    public int ruimOp(Instant nu) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("DELETE FROM KluisvakEntity k WHERE k.geldigTot <= :nu")
                .setParameter("nu", nu).executeUpdate());
    }
}
