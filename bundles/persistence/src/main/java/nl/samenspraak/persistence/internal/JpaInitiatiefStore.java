package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService.Filter;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Levenscyclus;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/**
 * Initiatives and everything recorded about them, every row scoped to its gemeente through {@link TenantJpa}.
 * <p>
 * A change locks the initiative's row first ({@code SELECT ... FOR UPDATE}) and checks that its state is
 * still the one the caller decided on: of two racing changes (two civil servants deciding at once) the second
 * finds the state moved on and is refused. Bookings on budgets happen in the same transaction, under the
 * budget's own lock (see {@link JpaBudgetStore#boek}), so a grant and its booking commit or fail together.
 */
@Component(service = InitiatiefStore.class)
public class JpaInitiatiefStore implements InitiatiefStore {

    private final TenantJpa jpa;

    @Activate
    public JpaInitiatiefStore(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = new TenantJpa(jpa);
    }

    @Override
    public Initiatief create(String gemeente, NieuwInitiatief nieuw, String door, Instant op) {
        return jpa.tx(gemeente, em -> {
            Status begin = Levenscyclus.begin(nieuw.gegevens().soort());
            InitiatiefEntity entity = new InitiatiefEntity(UUID.randomUUID().toString(), nieuw, begin, door, op);
            em.persist(entity);
            em.persist(new OvergangEntity(UUID.randomUUID().toString(), entity.id(), 1, null, begin, door, op,
                    "Aangemaakt"));
            em.persist(new DeelnameEntity(UUID.randomUUID().toString(), entity.id(),
                    new Deelname(door, initiatiefnemer(nieuw.gegevens().soort()), door, op)));
            Initiatief initiatief = entity.toInitiatief(gemeente);
            Meldingen.bijNieuw(em, initiatief, op);
            return initiatief;
        });
    }

    /** Whoever opens a process or lays a draft ter inzage leads it; whoever applies or challenges initiates it. */
    private static Participatierol initiatiefnemer(Initiatiefsoort soort) {
        return switch (soort) {
            case BEWONERSINITIATIEF, UITDAAGRECHT -> Participatierol.INITIATIEFNEMER;
            case PARTICIPATIETRAJECT, INSPRAAK -> Participatierol.PROJECTLEIDER;
        };
    }

    @Override
    public List<Initiatief> list(String gemeente, Filter filter) {
        return jpa.tx(gemeente, em -> {
            List<String> voorwaarden = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            filter.soort().ifPresent(s -> {
                voorwaarden.add("i.soort = :soort");
                parameters.put("soort", s);
            });
            filter.status().ifPresent(s -> {
                voorwaarden.add("i.status = :status");
                parameters.put("status", s);
            });
            filter.wijk().ifPresent(w -> {
                voorwaarden.add("i.wijk = :wijk");
                parameters.put("wijk", w);
            });
            filter.initiatiefnemer().ifPresent(n -> {
                voorwaarden.add("i.initiatiefnemer = :initiatiefnemer");
                parameters.put("initiatiefnemer", n);
            });
            String waar = voorwaarden.isEmpty() ? "" : " WHERE " + String.join(" AND ", voorwaarden);
            TypedQuery<InitiatiefEntity> query = em.createQuery(
                    "SELECT i FROM InitiatiefEntity i" + waar + " ORDER BY i.aangemaaktOp, i.id", InitiatiefEntity.class);
            parameters.forEach(query::setParameter);
            return query.getResultStream().map(i -> i.toInitiatief(gemeente)).toList();
        });
    }

    @Override
    public Optional<Initiatief> find(String gemeente, String id) {
        return jpa.tx(gemeente, em -> initiatief(em, id, LockModeType.NONE).map(i -> i.toInitiatief(gemeente)));
    }

    @Override
    public Initiatief wijzig(String gemeente, String id, Wijziging wijziging) {
        return jpa.tx(gemeente, em -> pasToe(em, gemeente, id, wijziging, Optional.empty()));
    }

    @Override
    public Initiatief wijzig(String gemeente, String id, Wijziging wijziging, Beschrijving beschrijving) {
        return jpa.tx(gemeente, em -> pasToe(em, gemeente, id, wijziging, Optional.of(beschrijving)));
    }

    @Override
    public Initiatief stelReactienotaVast(String gemeente, String id, Wijziging wijziging, Map<String, String> antwoorden) {
        return jpa.tx(gemeente, em -> {
            InitiatiefEntity inspraak = vergrendel(em, gemeente, id);
            List<ZienswijzeEntity> zienswijzen = zienswijzen(em, inspraak.id());
            Set<String> bekend = zienswijzen.stream().map(ZienswijzeEntity::id).collect(Collectors.toSet());
            List<Overtreding> fouten = new ArrayList<>();
            Set<String> onbeantwoord = new TreeSet<>(bekend);
            onbeantwoord.removeAll(antwoorden.keySet());
            if (!onbeantwoord.isEmpty()) {
                fouten.add(new Overtreding("antwoorden", "elke zienswijze krijgt een antwoord; zonder antwoord: " + onbeantwoord));
            }
            antwoorden.keySet().stream().filter(z -> !bekend.contains(z)).sorted().forEach(z -> fouten.add(
                    new Overtreding("antwoorden." + z, "geen zienswijze op dit ontwerp")));
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoerException(fouten);
            }
            zienswijzen.forEach(z -> z.beantwoord(antwoorden.get(z.id())));
            return pasToe(em, gemeente, id, wijziging, Optional.empty());
        });
    }

    @Override
    public Zienswijze voegZienswijzeToe(String gemeente, String inspraakId, String indiener, LocalDate ontvangenOp,
            String inhoud, Instant op) {
        return jpa.tx(gemeente, em -> {
            InitiatiefEntity inspraak = vergrendel(em, gemeente, inspraakId);
            if (inspraak.status() != Status.TER_INZAGE) {
                throw new OvergangNietToegestaanException("Het ontwerp ligt niet meer ter inzage: de reactienota is vastgesteld",
                        inspraak.status());
            }
            ZienswijzeEntity zienswijze = new ZienswijzeEntity(UUID.randomUUID().toString(), inspraakId, indiener,
                    ontvangenOp, op, inhoud);
            em.persist(zienswijze);
            Meldingen.bijZienswijze(em, gemeente, inspraak, indiener, ontvangenOp, op);
            return zienswijze.toZienswijze();
        });
    }

    @Override
    public List<Overgang> overgangen(String gemeente, String id) {
        return jpa.tx(gemeente, em -> {
            bestaat(em, gemeente, id);
            return em.createQuery("SELECT o FROM OvergangEntity o WHERE o.initiatiefId = :id ORDER BY o.volgnummer",
                    OvergangEntity.class).setParameter("id", id).getResultStream().map(OvergangEntity::toOvergang).toList();
        });
    }

    @Override
    public List<Besluit> besluiten(String gemeente, String id) {
        return jpa.tx(gemeente, em -> {
            bestaat(em, gemeente, id);
            Map<String, List<nl.samenspraak.rules.Reden>> redenen = new LinkedHashMap<>();
            em.createQuery("SELECT r FROM BesluitRedenEntity r WHERE r.besluitId IN "
                    + "(SELECT b.id FROM BesluitEntity b WHERE b.initiatiefId = :id) ORDER BY r.besluitId, r.volgnummer",
                    BesluitRedenEntity.class).setParameter("id", id).getResultStream()
                    .forEach(r -> redenen.computeIfAbsent(r.besluitId(), b -> new ArrayList<>()).add(r.toReden()));
            return em.createQuery("SELECT b FROM BesluitEntity b WHERE b.initiatiefId = :id ORDER BY b.genomenOp, b.id",
                    BesluitEntity.class).setParameter("id", id).getResultStream()
                    .map(b -> b.toBesluit(redenen.getOrDefault(b.id(), List.of()))).toList();
        });
    }

    @Override
    public List<Zienswijze> zienswijzen(String gemeente, String inspraakId) {
        return jpa.tx(gemeente, em -> {
            bestaat(em, gemeente, inspraakId);
            return zienswijzen(em, inspraakId).stream().map(ZienswijzeEntity::toZienswijze).toList();
        });
    }

    @Override
    public List<Deelname> deelnames(String gemeente, String id) {
        return jpa.tx(gemeente, em -> {
            bestaat(em, gemeente, id);
            return deelnameEntities(em, id).stream().map(DeelnameEntity::toDeelname).toList();
        });
    }

    @Override
    public Deelname voegDeelnameToe(String gemeente, String id, Deelname deelname) {
        return jpa.tx(gemeente, em -> {
            vergrendel(em, gemeente, id);
            Optional<DeelnameEntity> bestaand = em.createQuery(
                    "SELECT d FROM DeelnameEntity d WHERE d.initiatiefId = :id AND d.gebruiker = :gebruiker", DeelnameEntity.class)
                    .setParameter("id", id).setParameter("gebruiker", deelname.gebruiker()).getResultStream().findFirst();
            bestaand.ifPresentOrElse(d -> d.wijzig(deelname),
                    () -> em.persist(new DeelnameEntity(UUID.randomUUID().toString(), id, deelname)));
            return deelname;
        });
    }

    private static Initiatief pasToe(EntityManager em, String gemeente, String id, Wijziging wijziging,
            Optional<Beschrijving> beschrijving) {
        InitiatiefEntity entity = vergrendel(em, gemeente, id);
        Initiatiefsoort soort = wijziging.gegevens().soort();
        if (entity.status() != wijziging.van()) {
            throw new OvergangNietToegestaanException("Het initiatief is intussen gewijzigd: de status is nu "
                    + entity.status().naam() + ", niet " + wijziging.van().naam(), entity.status());
        }
        Levenscyclus.controleer(soort, wijziging.van(), wijziging.naar());
        wijziging.boekingen().forEach(opdracht -> JpaBudgetStore.boek(em, gemeente, opdracht.budgetId(), opdracht.boeking(),
                wijziging.door(), wijziging.op()));
        wijziging.besluit().ifPresent(besluit -> {
            em.persist(new BesluitEntity(besluit));
            for (int i = 0; i < besluit.redenen().size(); i++) {
                em.persist(new BesluitRedenEntity(UUID.randomUUID().toString(), besluit.id(), i + 1, besluit.redenen().get(i)));
            }
        });
        entity.wijzig(wijziging.naar(), wijziging.gegevens());
        beschrijving.ifPresent(entity::beschrijf);
        long volgnummer = em.createQuery("SELECT COUNT(o) FROM OvergangEntity o WHERE o.initiatiefId = :id", Long.class)
                .setParameter("id", id).getSingleResult() + 1;
        em.persist(new OvergangEntity(UUID.randomUUID().toString(), id, volgnummer, wijziging.van(), wijziging.naar(),
                wijziging.door(), wijziging.op(), wijziging.toelichting()));
        Initiatief na = entity.toInitiatief(gemeente);
        List<String> indieners = wijziging.naar() == Status.REACTIENOTA_VASTGESTELD
                ? zienswijzen(em, id).stream().map(ZienswijzeEntity::toZienswijze)
                        .filter(z -> !Meldingen.opPapier(z.ontvangenOp(), z.geregistreerdOp())).map(Zienswijze::indiener).toList() : List.of();
        Meldingen.bijWijziging(em, na, wijziging, indieners);
        return na;
    }

    private static List<ZienswijzeEntity> zienswijzen(EntityManager em, String inspraakId) {
        return em.createQuery("SELECT z FROM ZienswijzeEntity z WHERE z.inspraakId = :id ORDER BY z.ontvangenOp, z.geregistreerdOp, z.id",
                ZienswijzeEntity.class).setParameter("id", inspraakId).getResultList();
    }

    private static List<DeelnameEntity> deelnameEntities(EntityManager em, String id) {
        return em.createQuery("SELECT d FROM DeelnameEntity d WHERE d.initiatiefId = :id ORDER BY d.toegevoegdOp, d.gebruiker",
                DeelnameEntity.class).setParameter("id", id).getResultList();
    }

    private static InitiatiefEntity vergrendel(EntityManager em, String gemeente, String id) {
        return initiatief(em, id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, id));
    }

    private static void bestaat(EntityManager em, String gemeente, String id) {
        initiatief(em, id, LockModeType.NONE).orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, id));
    }

    /** By query, never {@code em.find}: the query carries the tenant criterion and the lock. */
    private static Optional<InitiatiefEntity> initiatief(EntityManager em, String id, LockModeType lock) {
        return em.createQuery("SELECT i FROM InitiatiefEntity i WHERE i.id = :id", InitiatiefEntity.class)
                .setParameter("id", id).setLockMode(lock).getResultStream().findFirst();
    }
}
