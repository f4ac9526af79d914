package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRecord;
import nl.samenspraak.api.opslag.GemeenteStore;

@Component(service = GemeenteStore.class)
public class JpaGemeenteStore implements GemeenteStore {

    @Reference(target = "(osgi.unit.name=samenspraak)")
    private JpaTemplate jpa;

    @Override
    public void recordConfigured(Gemeente gemeente, Instant at) {
        jpa.tx(TransactionType.Required, em -> {
            GemeenteEntity entity = em.find(GemeenteEntity.class, gemeente.code());
            if (entity == null) {
                em.persist(new GemeenteEntity(gemeente.code(), gemeente.naam(), at));
            } else {
                entity.configured(gemeente.naam(), at);
            }
        });
    }

    @Override
    public void recordRemoved(String code, Instant at) {
        jpa.tx(TransactionType.Required, em -> {
            GemeenteEntity entity = em.find(GemeenteEntity.class, code);
            if (entity != null) {
                entity.removed(at);
            }
        });
    }

    @Override
    public Optional<GemeenteRecord> find(String code) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(GemeenteEntity.class, code)).map(GemeenteEntity::toRecord));
    }

    @Override
    public List<GemeenteRecord> list() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("SELECT g FROM GemeenteEntity g ORDER BY g.code", GemeenteEntity.class)
                        .getResultStream().map(GemeenteEntity::toRecord).toList());
    }
}
