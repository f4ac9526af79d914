package nl.samenspraak.persistence.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.werkplek.Toewijzing;
import nl.samenspraak.api.werkplek.Toewijzingen;

/** Assignments of werkvoorraad items, per gemeente, on the platform's database. */
@Component(service = Toewijzingen.class)
public class JpaToewijzingen implements Toewijzingen {

    static final int MAX_NAAM = 200;

    private final TenantJpa jpa;
    private final Clock klok;

    @Activate
    public JpaToewijzingen(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    JpaToewijzingen(JpaTemplate jpa, Clock klok) {
        this.jpa = new TenantJpa(jpa);
        this.klok = klok;
    }

    @Override
    public Toewijzing wijsToe(String gemeente, String zaak, String aan, String door) {
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "aan", aan, MAX_NAAM);
        Invoerregels.tekst(fouten, "zaak", zaak, 36);
        OngeldigeInvoerException.alsNodig(fouten);
        return jpa.tx(gemeente, em -> {
            long volgnummer = em.createQuery("SELECT COUNT(t) FROM ToewijzingEntity t", Long.class).getSingleResult() + 1;
            ToewijzingEntity entity = new ToewijzingEntity(UUID.randomUUID().toString(), zaak.strip(), aan.strip(), door,
                    klok.instant(), volgnummer);
            em.persist(entity);
            Toewijzing toewijzing = entity.toDto();
            Meldingen.bijToewijzing(em, gemeente, toewijzing);
            return toewijzing;
        });
    }

    @Override
    public Map<String, Toewijzing> huidige(String gemeente) {
        return jpa.tx(gemeente, em -> {
            Map<String, Toewijzing> huidige = new LinkedHashMap<>();
            em.createQuery("SELECT t FROM ToewijzingEntity t ORDER BY t.volgnummer", ToewijzingEntity.class)
                    .getResultStream().map(ToewijzingEntity::toDto).forEach(t -> huidige.put(t.zaak(), t));
            return huidige;
        });
    }

    @Override
    public List<Toewijzing> geschiedenis(String gemeente, String zaak) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT t FROM ToewijzingEntity t WHERE t.zaak = :z ORDER BY t.volgnummer",
                ToewijzingEntity.class).setParameter("z", zaak).getResultStream().map(ToewijzingEntity::toDto).toList());
    }
}
