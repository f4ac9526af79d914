package nl.samenspraak.persistence.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailadres;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Mailsoort;

/** Users' addresses and wishes on the platform's database. */
@Component(service = Mailadressen.class)
public class JpaMailadressen implements Mailadressen {

    private final JpaTemplate jpa;
    private final Clock klok;

    @Activate
    public JpaMailadressen(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    JpaMailadressen(JpaTemplate jpa, Clock klok) {
        this.jpa = jpa;
        this.klok = klok;
    }

    @Override
    public Optional<Mailadres> van(String gebruiker) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(MailadresEntity.class, gebruiker))
                .map(a -> new Mailadres(gebruiker, a.adres(), voorkeuren(em, gebruiker))));
    }

    @Override
    public Mailadres bewaar(String gebruiker, String adres) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MailadresEntity entity = em.find(MailadresEntity.class, gebruiker);
            if (entity == null) {
                em.persist(new MailadresEntity(gebruiker, adres, klok.instant()));
            } else {
                entity.wijzig(adres, klok.instant());
            }
            return new Mailadres(gebruiker, adres, voorkeuren(em, gebruiker));
        });
    }

    @Override
    public void stelIn(String gebruiker, Mailsoort soort, Frequentie frequentie) {
        jpa.tx(TransactionType.Required, em -> {
            MailvoorkeurEntity entity = em.find(MailvoorkeurEntity.class, MailvoorkeurEntity.id(gebruiker, soort));
            if (entity == null) {
                em.persist(new MailvoorkeurEntity(gebruiker, soort, frequentie));
            } else {
                entity.wijzig(frequentie);
            }
        });
    }

    @Override
    public void verwijder(String gebruiker) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM MailvoorkeurEntity v WHERE v.gebruiker = :g").setParameter("g", gebruiker).executeUpdate();
            em.createQuery("DELETE FROM MailadresEntity a WHERE a.gebruiker = :g").setParameter("g", gebruiker).executeUpdate();
        });
    }

    private static Map<Mailsoort, Frequentie> voorkeuren(EntityManager em, String gebruiker) {
        Map<Mailsoort, Frequentie> voorkeuren = new EnumMap<>(Mailsoort.class);
        em.createQuery("SELECT v FROM MailvoorkeurEntity v WHERE v.gebruiker = :g", MailvoorkeurEntity.class)
                .setParameter("g", gebruiker).getResultStream().forEach(v -> voorkeuren.put(v.soort(), v.frequentie()));
        return voorkeuren;
    }
}
