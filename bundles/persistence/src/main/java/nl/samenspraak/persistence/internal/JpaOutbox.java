package nl.samenspraak.persistence.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.mail.Outbox;

/**
 * The outbox on the platform's database. A message is claimed by a conditional update that only succeeds while
 * it is still due (waiting and its time has come, or claimed by a node whose lease ran out), each claim in its own
 * short transaction: of two nodes claiming at once, the database lets exactly one update the row, and the claim is
 * visible to the other before any mail goes out.
 */
@Component(service = Outbox.class)
public class JpaOutbox implements Outbox {

    private final JpaTemplate jpa;

    @Activate
    public JpaOutbox(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** For the stores: a message within the transaction of the event it tells about. */
    static Bericht plaats(EntityManager em, NieuwBericht bericht, Instant op) {
        OutboxEntity entity = new OutboxEntity(UUID.randomUUID().toString(), bericht, op);
        em.persist(entity);
        return entity.toBericht();
    }

    @Override
    public Bericht plaats(NieuwBericht bericht, Instant op) {
        return jpa.txExpr(TransactionType.Required, em -> plaats(em, bericht, op));
    }

    @Override
    public boolean plaatsEenmalig(String sleutel, NieuwBericht bericht, Instant op) {
        controleerSleutel(sleutel);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                if (em.find(OutboxEntity.class, sleutel) != null) {
                    return false;
                }
                em.persist(new OutboxEntity(sleutel, bericht, op));
                em.flush();
                return true;
            });
        } catch (PersistenceException e) {
            // another node inserted the same key between our look and our insert
            if (UniekeSleutel.weigerde(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Bericht> claim(String node, Instant nu, Duration lease, int max) {
        Instant verlopen = nu.minus(lease);
        List<String> kandidaten = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT o.id FROM OutboxEntity o WHERE (o.status = :wachtend AND o.volgendePoging <= :nu) "
                        + "OR (o.status = :bezig AND o.geclaimdOp < :verlopen) ORDER BY o.volgendePoging, o.id", String.class)
                .setParameter("wachtend", Berichtstatus.WACHTEND).setParameter("bezig", Berichtstatus.BEZIG)
                .setParameter("nu", nu).setParameter("verlopen", verlopen).setMaxResults(max).getResultList());
        List<Bericht> geclaimd = new ArrayList<>();
        for (String id : kandidaten) {
            jpa.txExpr(TransactionType.Required, em -> {
                int rijen = em.createQuery("UPDATE OutboxEntity o SET o.status = :bezig, o.geclaimdDoor = :node, "
                        + "o.geclaimdOp = :nu, o.pogingen = o.pogingen + 1 WHERE o.id = :id AND "
                        + "((o.status = :wachtend AND o.volgendePoging <= :nu) OR (o.status = :bezig AND o.geclaimdOp < :verlopen))")
                        .setParameter("bezig", Berichtstatus.BEZIG).setParameter("wachtend", Berichtstatus.WACHTEND)
                        .setParameter("node", node).setParameter("nu", nu).setParameter("verlopen", verlopen)
                        .setParameter("id", id).executeUpdate();
                if (rijen == 1) {
                    geclaimd.add(entity(em, id).toBericht());
                }
                return null;
            });
        }
        return geclaimd;
    }

    @Override
    public int geefVrij(String node) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("UPDATE OutboxEntity o SET o.status = :wachtend, "
                + "o.geclaimdDoor = NULL WHERE o.status = :bezig AND o.geclaimdDoor = :node")
                .setParameter("wachtend", Berichtstatus.WACHTEND).setParameter("bezig", Berichtstatus.BEZIG)
                .setParameter("node", node).executeUpdate());
    }

    @Override
    public void verzonden(String id, Instant op) {
        jpa.tx(TransactionType.Required, em -> entity(em, id).verzonden(op));
    }

    @Override
    public void mislukt(String id, String fout, Instant volgende) {
        jpa.tx(TransactionType.Required, em -> entity(em, id).mislukt(fout, volgende));
    }

    @Override
    public void vervallen(String id, String waarom) {
        jpa.tx(TransactionType.Required, em -> entity(em, id).vervallen(waarom));
    }

    @Override
    public void stelUit(String id) {
        jpa.tx(TransactionType.Required, em -> entity(em, id).stelUit());
    }

    @Override
    public List<Bericht> uitgesteld(Instant voor, int max) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT o FROM OutboxEntity o WHERE o.status = :uitgesteld "
                + "AND o.aangemaaktOp < :voor ORDER BY o.aangemaaktOp, o.id", OutboxEntity.class)
                .setParameter("uitgesteld", Berichtstatus.UITGESTELD).setParameter("voor", voor).setMaxResults(max)
                .getResultStream().map(OutboxEntity::toBericht).toList());
    }

    @Override
    public boolean bundel(String sleutel, NieuwBericht overzicht, List<String> ids, Instant op) {
        controleerSleutel(sleutel);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                if (em.find(OutboxEntity.class, sleutel) != null) {
                    return false;
                }
                // the conditional update is the claim: of two nodes bundling the same message, one changes the row
                int gebundeld = ids.isEmpty() ? 0 : em.createQuery("UPDATE OutboxEntity o SET o.status = :gebundeld, "
                        + "o.verzondenOp = :op WHERE o.id IN :ids AND o.status = :uitgesteld")
                        .setParameter("gebundeld", Berichtstatus.GEBUNDELD).setParameter("op", op).setParameter("ids", ids)
                        .setParameter("uitgesteld", Berichtstatus.UITGESTELD).executeUpdate();
                if (gebundeld != ids.size()) {
                    throw new AlGebundeld();
                }
                em.persist(new OutboxEntity(sleutel, overzicht, op));
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (UniekeSleutel.weigerde(e) || alGebundeld(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean alGebundeld(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlGebundeld) {
                return true;
            }
        }
        return false;
    }

    /** Rolls back an overview of which another node already told a message. */
    private static final class AlGebundeld extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlGebundeld() {
            super("a message of this overview was bundled by another node", null, false, false);
        }
    }

    @Override
    public Optional<Bericht> find(String id) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(OutboxEntity.class, id))
                .map(OutboxEntity::toBericht));
    }

    @Override
    public List<Bericht> lijst(Optional<Berichtstatus> status, int max) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<OutboxEntity> query = em.createQuery("SELECT o FROM OutboxEntity o"
                    + (status.isPresent() ? " WHERE o.status = :status" : "") + " ORDER BY o.aangemaaktOp DESC, o.id",
                    OutboxEntity.class);
            status.ifPresent(s -> query.setParameter("status", s));
            return query.setMaxResults(max).getResultStream().map(OutboxEntity::toBericht).toList();
        });
    }

    @Override
    public Map<Berichtstatus, Long> telling() {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Berichtstatus, Long> telling = new EnumMap<>(Berichtstatus.class);
            for (Berichtstatus s : Berichtstatus.values()) {
                telling.put(s, 0L);
            }
            em.createQuery("SELECT o.status, COUNT(o) FROM OutboxEntity o GROUP BY o.status", Object[].class)
                    .getResultStream().forEach(r -> telling.put((Berichtstatus) r[0], ((Number) r[1]).longValue()));
            return telling;
        });
    }

    @Override
    public boolean opnieuw(String id, Instant nu) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OutboxEntity entity = em.find(OutboxEntity.class, id);
            if (entity == null || entity.status() == Berichtstatus.VERZONDEN || entity.status() == Berichtstatus.BEZIG
                    || entity.status() == Berichtstatus.GEBUNDELD) {
                return false;
            }
            entity.opnieuw(nu);
            return true;
        });
    }

    private static OutboxEntity entity(EntityManager em, String id) {
        OutboxEntity entity = em.find(OutboxEntity.class, id);
        if (entity == null) {
            throw new IllegalArgumentException("no message " + id + " in the outbox");
        }
        return entity;
    }

    /** A key takes the place of the generated id, so it fits the id column. */
    private static void controleerSleutel(String sleutel) {
        if (sleutel.length() > 36) {
            throw new IllegalArgumentException("an outbox key has at most 36 characters: " + sleutel);
        }
    }
}
