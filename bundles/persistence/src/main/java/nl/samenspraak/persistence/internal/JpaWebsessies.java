package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.websessie.Websessie;
import nl.samenspraak.api.websessie.Websessies;

/** The pages' sessions on the platform's database, shared by every node. */
@Component(service = Websessies.class)
public class JpaWebsessies implements Websessies {

    private final JpaTemplate jpa;

    @Activate
    public JpaWebsessies(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void bewaar(Websessie sessie) {
        jpa.tx(TransactionType.Required, em -> em.persist(new WebsessieEntity(sessie)));
    }

    @Override
    public Optional<Websessie> vind(String sleutel) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(WebsessieEntity.class, sleutel)).map(WebsessieEntity::toDto));
    }

    @Override
    public void gebruikt(String sleutel, Instant op) {
        jpa.tx(TransactionType.Required, em -> em.createQuery(
                "UPDATE WebsessieEntity s SET s.laatstGebruikt = :op WHERE s.sleutel = :s AND s.laatstGebruikt < :op")
                .setParameter("op", op).setParameter("s", sleutel).executeUpdate());
    }

    @Override
    public void verwijder(String sleutel) {
        jpa.tx(TransactionType.Required, em -> em.createQuery("DELETE FROM WebsessieEntity s WHERE s.sleutel = :s")
                .setParameter("s", sleutel).executeUpdate());
    }

    @Override
    public int verwijderVerlopen(Instant ongebruiktSinds, Instant begonnenVoor) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM WebsessieEntity s WHERE s.laatstGebruikt < :o OR s.begonnen < :b")
                .setParameter("o", ongebruiktSinds).setParameter("b", begonnenVoor).executeUpdate());
    }
}
