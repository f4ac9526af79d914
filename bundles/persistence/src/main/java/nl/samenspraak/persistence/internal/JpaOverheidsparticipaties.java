package nl.samenspraak.persistence.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/**
 * How the gemeente takes part in its residents' initiatives, per gemeente, on the platform's database. The
 * initiative is looked up in the same transaction and tenant, so another gemeente's initiative is "not found".
 */
@Component(service = OverheidsparticipatieService.class)
public class JpaOverheidsparticipaties implements OverheidsparticipatieService {

    static final int MAX_TOELICHTING = 2000;
    static final int MAX_NAAM = 200;

    private final TenantJpa jpa;
    private final Clock klok;

    @Activate
    public JpaOverheidsparticipaties(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    JpaOverheidsparticipaties(JpaTemplate jpa, Clock klok) {
        this.jpa = new TenantJpa(jpa);
        this.klok = klok;
    }

    @Override
    public Overheidsparticipatie legVast(String gemeente, String initiatief, NieuweOverheidsparticipatie nieuw, String door) {
        List<Overtreding> fouten = new ArrayList<>();
        if (nieuw.rol() == null) {
            fouten.add(new Overtreding("rol", "kies partner, adviseur of ondersteuner"));
        }
        if (nieuw.bijdragen() == null || nieuw.bijdragen().isEmpty()) {
            fouten.add(new Overtreding("bijdragen", "kies ten minste één bijdrage"));
        }
        Invoerregels.tekst(fouten, "toelichting", nieuw.toelichting(), MAX_TOELICHTING);
        Invoerregels.tekst(fouten, "contactpersoon", nieuw.contactpersoon(), MAX_NAAM);
        Invoerregels.tekst(fouten, "contact", nieuw.contact(), MAX_NAAM);
        OngeldigeInvoerException.alsNodig(fouten);
        return jpa.tx(gemeente, em -> {
            List<Initiatiefsoort> soort = em.createQuery("SELECT i.soort FROM InitiatiefEntity i WHERE i.id = :id",
                    Initiatiefsoort.class).setParameter("id", initiatief).getResultList();
            if (soort.isEmpty() || soort.get(0) != Initiatiefsoort.BEWONERSINITIATIEF) {
                throw new InitiatiefNietGevondenException(gemeente, initiatief);
            }
            long volgnummer = em.createQuery("SELECT COUNT(o) FROM OverheidsparticipatieEntity o", Long.class)
                    .getSingleResult() + 1;
            Overheidsparticipatie deelname = new Overheidsparticipatie(initiatief, nieuw.rol(), nieuw.bijdragen(),
                    nieuw.toelichting().strip(), nieuw.contactpersoon().strip(), nieuw.contact().strip(), door, klok.instant());
            em.persist(new OverheidsparticipatieEntity(UUID.randomUUID().toString(), deelname, volgnummer));
            return deelname;
        });
    }

    @Override
    public Optional<Overheidsparticipatie> huidige(String gemeente, String initiatief) {
        List<Overheidsparticipatie> alle = geschiedenis(gemeente, initiatief);
        return alle.isEmpty() ? Optional.empty() : Optional.of(alle.get(alle.size() - 1));
    }

    @Override
    public List<Overheidsparticipatie> geschiedenis(String gemeente, String initiatief) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT o FROM OverheidsparticipatieEntity o WHERE o.initiatief = :i "
                + "ORDER BY o.volgnummer", OverheidsparticipatieEntity.class).setParameter("i", initiatief).getResultStream()
                .map(OverheidsparticipatieEntity::toDto).toList());
    }
}
