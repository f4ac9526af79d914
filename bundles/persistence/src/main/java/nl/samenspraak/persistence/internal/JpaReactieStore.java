package nl.samenspraak.persistence.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.monitor.AlBeantwoordException;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.ReactieStore;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/** Responses and self-evaluations in the samenspraak database, every row scoped to its gemeente by {@link TenantJpa}. */
@Component(service = ReactieStore.class)
public class JpaReactieStore implements ReactieStore {

    private final TenantJpa jpa;

    @Activate
    public JpaReactieStore(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = new TenantJpa(jpa);
    }

    @Override
    public void bewaar(String gemeente, String deelnemer, Reactie reactie) {
        try {
            jpa.tx(gemeente, em -> {
                // the unique key refuses a second response anyway; asking first keeps a resident who submits twice
                // from logging a constraint violation
                if (telt(em, reactie.vragenlijst(), deelnemer)) {
                    throw new AlBeantwoordException();
                }
                em.persist(new ReactieEntity(deelnemer, reactie));
                em.flush();
                return null;
            });
        } catch (PersistenceException e) {
            if (UniekeSleutel.weigerde(e)) {
                throw new AlBeantwoordException();
            }
            throw e;
        }
    }

    @Override
    public boolean heeftGeantwoord(String gemeente, String vragenlijst, String deelnemer) {
        return jpa.tx(gemeente, em -> telt(em, vragenlijst, deelnemer));
    }

    private static boolean telt(javax.persistence.EntityManager em, String vragenlijst, String deelnemer) {
        return em.createQuery("SELECT COUNT(r) FROM ReactieEntity r WHERE r.vragenlijst = :v AND r.deelnemer = :d", Long.class)
                .setParameter("v", vragenlijst).setParameter("d", deelnemer).getSingleResult() > 0;
    }

    @Override
    public List<Reactie> reacties(String gemeente, String onderwerp) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT r FROM ReactieEntity r WHERE r.onderwerp = :o "
                + "ORDER BY r.ingevuldOp, r.id", ReactieEntity.class).setParameter("o", onderwerp).getResultStream()
                .map(ReactieEntity::toReactie).toList());
    }

    @Override
    public List<Reactie> reacties(String gemeente) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT r FROM ReactieEntity r ORDER BY r.ingevuldOp, r.id",
                ReactieEntity.class).getResultStream().map(ReactieEntity::toReactie).toList());
    }

    @Override
    public Zelfevaluatie bewaar(String gemeente, Zelfevaluatie zelfevaluatie) {
        return jpa.tx(gemeente, em -> {
            ZelfevaluatieEntity bestaand = em.find(ZelfevaluatieEntity.class, zelfevaluatie.traject());
            if (bestaand == null) {
                em.persist(new ZelfevaluatieEntity(zelfevaluatie));
            } else {
                bestaand.wijzig(zelfevaluatie);
            }
            return zelfevaluatie;
        });
    }

    @Override
    public Optional<Zelfevaluatie> zelfevaluatie(String gemeente, String traject) {
        return jpa.tx(gemeente, em -> Optional.ofNullable(em.find(ZelfevaluatieEntity.class, traject))
                .map(ZelfevaluatieEntity::toZelfevaluatie));
    }

    @Override
    public List<Zelfevaluatie> zelfevaluaties(String gemeente) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT z FROM ZelfevaluatieEntity z ORDER BY z.traject",
                ZelfevaluatieEntity.class).getResultStream().map(ZelfevaluatieEntity::toZelfevaluatie).toList());
    }
}
