package nl.samenspraak.persistence.internal;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.opslag.Boekingsopdracht;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.rules.Reden;

/**
 * Wijkbudget rounds in the samenspraak database, every row scoped to its gemeente through {@link TenantJpa}.
 * <p>
 * Ballots do not wait for each other: each reads the round's phase under a shared lock held to its commit
 * (Derby's {@code WITH RS}, PostgreSQL's {@code FOR SHARE}: see {@link GedeeldSlot}), so ballots run side by side, while a phase change (closing the vote) takes the
 * row's exclusive lock and so waits for the ballots in flight and is then seen by every later one. A ballot
 * therefore either counts in the result or is refused; none lands after the count.
 */
@Component(service = WijkbudgetStore.class)
public class JpaWijkbudgetStore implements WijkbudgetStore {

    /** Far below the bind-variable limits of Derby and PostgreSQL; a power of two, as an {@link InLijst} pads to one. */
    private static final int KIEZERS_PER_QUERY = 512;
    /** The refusals of a ballot, the same whether it is stored alone or in a batch. */
    static StemGeweigerdException onbekendeStemcode() {
        return new StemGeweigerdException(Waarom.ONBEKENDE_STEMCODE, "Deze stemcode hoort niet bij deze ronde");
    }

    static StemGeweigerdException alGestemd() {
        return new StemGeweigerdException(Waarom.AL_GESTEMD, "Met deze stemcode is al gestemd; een uitgebrachte stem is definitief");
    }

    static StemGeweigerdException buitenDeStemperiode(Fase fase) {
        return new StemGeweigerdException(Waarom.BUITEN_DE_STEMPERIODE,
                "Er kan alleen worden gestemd in de fase stemmen; de ronde is in fase " + fase.naam());
    }

    private final TenantJpa jpa;

    @Activate
    public JpaWijkbudgetStore(@Reference(target = "(osgi.unit.name=samenspraak)") JpaTemplate jpa) {
        this.jpa = new TenantJpa(jpa);
    }

    @Override
    public Ronde create(String gemeente, Ronde ronde) {
        return jpa.tx(gemeente, em -> {
            RondeEntity entity = new RondeEntity(ronde);
            em.persist(entity);
            return entity.toRonde(gemeente, List.of());
        });
    }

    @Override
    public List<Ronde> list(String gemeente) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT r FROM RondeEntity r ORDER BY r.ingesteldOp, r.id", RondeEntity.class)
                .getResultStream().map(r -> r.toRonde(gemeente, redenen(em, r.id()))).toList());
    }

    @Override
    public Optional<Ronde> find(String gemeente, String rondeId) {
        return jpa.tx(gemeente, em -> ronde(em, rondeId, LockModeType.NONE).map(r -> r.toRonde(gemeente, redenen(em, r.id()))));
    }

    @Override
    public Ronde naarFase(String gemeente, String rondeId, Fase van, Fase naar) {
        return jpa.tx(gemeente, em -> {
            RondeEntity ronde = vergrendel(em, gemeente, rondeId, van);
            ronde.naarFase(naar);
            return ronde.toRonde(gemeente, List.of());
        });
    }

    @Override
    public Plan dienPlanIn(String gemeente, Plan plan) {
        return jpa.tx(gemeente, em -> {
            vereisFase(em, gemeente, plan.rondeId(), Fase.PLANNEN_INDIENEN);
            PlanEntity entity = new PlanEntity(plan);
            em.persist(entity);
            return entity.toPlan(0);
        });
    }

    @Override
    public List<Plan> plannen(String gemeente, String rondeId) {
        return jpa.tx(gemeente, em -> {
            Map<String, Long> steun = new HashMap<>();
            em.createQuery("SELECT s.planId, COUNT(s) FROM SteunEntity s WHERE s.planId IN "
                    + "(SELECT p.id FROM PlanEntity p WHERE p.rondeId = :ronde) GROUP BY s.planId", Object[].class)
                    .setParameter("ronde", rondeId).getResultList()
                    .forEach(rij -> steun.put((String) rij[0], ((Number) rij[1]).longValue()));
            return em.createQuery("SELECT p FROM PlanEntity p WHERE p.rondeId = :ronde ORDER BY p.ingediendOp, p.id",
                    PlanEntity.class).setParameter("ronde", rondeId).getResultStream()
                    .map(p -> p.toPlan(steun.getOrDefault(p.id(), 0L))).toList();
        });
    }

    @Override
    public Plan steun(String gemeente, String rondeId, String planId, String steuner) {
        return jpa.tx(gemeente, em -> {
            Fase fase = vereisFase(em, gemeente, rondeId, null);
            if (fase != Fase.PLANNEN_INDIENEN && fase != Fase.STEUN_VERZAMELEN) {
                throw new FaseException("Steun wordt verzameld tijdens het indienen van plannen en de fase steun_verzamelen; "
                        + "de ronde is in fase " + fase.naam());
            }
            PlanEntity plan = plan(em, gemeente, rondeId, planId);
            if (em.createQuery("SELECT COUNT(s) FROM SteunEntity s WHERE s.id = :id", Long.class)
                    .setParameter("id", SteunEntity.id(planId, steuner)).getSingleResult() == 0) {
                em.persist(new SteunEntity(planId, steuner));
            }
            em.flush();
            return plan.toPlan(steun(em, planId));
        });
    }

    @Override
    public Plan toets(String gemeente, String rondeId, String planId, boolean haalbaar, String toetsing, Optional<Bedrag> kosten) {
        return jpa.tx(gemeente, em -> {
            vereisFase(em, gemeente, rondeId, Fase.HAALBAARHEIDSTOETS);
            PlanEntity plan = plan(em, gemeente, rondeId, planId);
            plan.toets(haalbaar, toetsing, kosten);
            Plan getoetst = plan.toPlan(steun(em, planId));
            Meldingen.bijToets(em, gemeente, getoetst, Instant.now());
            return getoetst;
        });
    }

    @Override
    public List<Boolean> registreerStempassen(String gemeente, String rondeId, List<String> pas, List<String> kiezer) {
        return jpa.tx(gemeente, em -> {
            Fase fase = vereisFase(em, gemeente, rondeId, null);
            if (fase.compareTo(Fase.STEMMEN) > 0) {
                throw new FaseException("De stemming is gesloten; er worden geen stempassen meer uitgegeven");
            }
            // the residents who already hold a pass, asked in blocks rather than one query per resident
            Set<String> bekend = new HashSet<>();
            for (int van = 0; van < kiezer.size(); van += KIEZERS_PER_QUERY) {
                bekend.addAll(bekendeKiezers(em, gemeente, kiezer.subList(van, Math.min(kiezer.size(), van + KIEZERS_PER_QUERY))));
            }
            List<Boolean> geregistreerd = new ArrayList<>();
            for (int i = 0; i < pas.size(); i++) {
                boolean nieuw = bekend.add(kiezer.get(i));
                if (nieuw) {
                    em.persist(new StempasEntity(kiezer.get(i), rondeId, StempasEntity.Soort.KIEZER));
                    em.persist(new StempasEntity(pas.get(i), rondeId, StempasEntity.Soort.PAS));
                }
                geregistreerd.add(nieuw);
            }
            return geregistreerd;
        });
    }

    /**
     * Which of these resident keys hold a pass. Derby plans a statement when it first runs and keeps the plan for 100
     * runs: planned on a nearly empty STEMPAS it scanned the whole table for every block, so the first round's codes
     * came ever slower (60,000 in 164 s, docs/performance.md). The hint makes it probe the primary key from the start;
     * PostgreSQL reads it as a comment.
     */
    @SuppressWarnings("unchecked")
    private static List<String> bekendeKiezers(EntityManager em, String gemeente, List<String> sleutels) {
        List<String> opgevuld = InLijst.opgevuld(sleutels);
        Query vraag = em.createNativeQuery("SELECT SLEUTEL FROM STEMPAS --DERBY-PROPERTIES constraint=STEMPAS_PK\n"
                + "WHERE TENANT_ID = ? AND SLEUTEL IN " + InLijst.plaatshouders(opgevuld));
        vraag.setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, gemeente);
        for (int k = 0; k < opgevuld.size(); k++) {
            vraag.setParameter(k + 2, opgevuld.get(k));
        }
        return vraag.getResultList();
    }

    @Override
    public Stem stem(String gemeente, String rondeId, Stem stem) {
        try {
            return jpa.tx(gemeente, em -> {
                controleer(em, gemeente, rondeId, stem.stemmer());
                em.persist(new StemEntity(rondeId, stem));
                em.flush();
                return stem;
            });
        } catch (PersistenceException e) {
            if (UniekeSleutel.weigerde(e)) {
                throw alGestemd();
            }
            throw e;
        }
    }

    /**
     * One transaction for all: the phase under the round's shared lock, two lookups for every voter key at once
     * (passes, ballots cast) and one batch of inserts, in plain JDBC on the transaction's connection: at thousands
     * of ballots a second, JPA's unit of work per entity was most of the writer's time. If the batch fails as a
     * whole (another node stored one of these voter keys in between, or one ballot cannot be written), each ballot
     * is stored on its own, so that each gets its own outcome.
     */
    @Override
    public List<Optional<RuntimeException>> stemAlle(String gemeente, String rondeId, List<Stem> stemmen) {
        try {
            return jpa.tx(gemeente, em -> {
                Fase fase = vereisFase(em, gemeente, rondeId, null);
                if (fase != Fase.STEMMEN) {
                    return stemmen.stream().map(s -> Optional.<RuntimeException>of(buitenDeStemperiode(fase))).toList();
                }
                return Stemmenpartij.bewaar(em.unwrap(Connection.class), gemeente, rondeId, stemmen);
            });
        } catch (PersistenceException | Stemmenpartij.Mislukt e) {
            return WijkbudgetStore.super.stemAlle(gemeente, rondeId, stemmen);
        }
    }

    @Override
    public void controleerStem(String gemeente, String rondeId, String stemmer) {
        jpa.tx(gemeente, em -> {
            controleer(em, gemeente, rondeId, stemmer);
            return null;
        });
    }

    /** Refuses a ballot under this voter key as {@link #stem} does: voting not open, unknown pass, voted already. */
    private static void controleer(EntityManager em, String gemeente, String rondeId, String stemmer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(GedeeldSlot.stemcontrole(em)).setParameter(1, stemmer)
                .setParameter(2, stemmer).setParameter(3, rondeId).setParameter(4, gemeente)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        if (rijen.isEmpty()) {
            throw new RondeNietGevondenException(gemeente, rondeId);
        }
        Object[] rij = rijen.get(0);
        Fase fase = Fase.valueOf(rij[0].toString());
        if (fase != Fase.STEMMEN) {
            throw buitenDeStemperiode(fase);
        }
        if (((Number) rij[1]).longValue() == 0) {
            throw onbekendeStemcode();
        }
        // the primary key refuses a second ballot anyway; asking first keeps the common case (a voter
        // retrying) from logging a constraint violation, which EclipseLink reports with a stack trace
        if (((Number) rij[2]).longValue() > 0) {
            throw alGestemd();
        }
    }

    @Override
    public List<Stem> stemmen(String gemeente, String rondeId) {
        return jpa.tx(gemeente, em -> em.createQuery("SELECT s FROM StemEntity s WHERE s.rondeId = :r ORDER BY s.stemmer",
                StemEntity.class).setParameter("r", rondeId).getResultStream().map(StemEntity::toStem).toList());
    }

    @Override
    public Ronde sluit(String gemeente, String rondeId, Uitslag uitslag, List<Boekingsopdracht> boekingen) {
        return jpa.tx(gemeente, em -> {
            RondeEntity ronde = vergrendel(em, gemeente, rondeId, Fase.STEMMEN);
            boekingen.forEach(b -> JpaBudgetStore.boek(em, gemeente, b.budgetId(), b.boeking(), uitslag.vastgesteldDoor(),
                    uitslag.vastgesteldOp()));
            for (int i = 0; i < uitslag.redenen().size(); i++) {
                em.persist(new BesluitRedenEntity(java.util.UUID.randomUUID().toString(), rondeId, i + 1, uitslag.redenen().get(i)));
            }
            ronde.sluit(uitslag);
            Ronde gesloten = ronde.toRonde(gemeente, uitslag.redenen());
            Meldingen.bijUitslag(em, gesloten, uitslag, deelnemers(em, rondeId));
            return gesloten;
        });
    }

    /** Who submitted or supported a plan of the round (a support's id is the plan's id, a slash and the resident). */
    private static List<String> deelnemers(EntityManager em, String rondeId) {
        List<PlanEntity> plannen = em.createQuery("SELECT p FROM PlanEntity p WHERE p.rondeId = :r ORDER BY p.id", PlanEntity.class)
                .setParameter("r", rondeId).getResultList();
        List<String> deelnemers = new ArrayList<>();
        for (PlanEntity plan : plannen) {
            Plan p = plan.toPlan(0);
            deelnemers.add(p.indiener());
            String voorvoegsel = p.id() + "/";
            em.createQuery("SELECT s.id FROM SteunEntity s WHERE s.planId = :p ORDER BY s.id", String.class)
                    .setParameter("p", p.id()).getResultStream().filter(id -> id.startsWith(voorvoegsel))
                    .forEach(id -> deelnemers.add(id.substring(voorvoegsel.length())));
        }
        return deelnemers;
    }

    /**
     * The round's phase under a shared lock held until commit (see the class comment); checked against
     * {@code verwacht} when given.
     */
    private static Fase vereisFase(EntityManager em, String gemeente, String rondeId, Fase verwacht) {
        @SuppressWarnings("unchecked")
        List<Object> rij = em.createNativeQuery(GedeeldSlot.faseVanRonde(em)).setParameter(1, rondeId).setParameter(2, gemeente)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        if (rij.isEmpty()) {
            throw new RondeNietGevondenException(gemeente, rondeId);
        }
        Fase fase = Fase.valueOf(rij.get(0).toString());
        if (verwacht != null && fase != verwacht) {
            throw new FaseException("Dit kan alleen in de fase " + verwacht.naam() + "; de ronde is in fase " + fase.naam());
        }
        return fase;
    }

    private static RondeEntity vergrendel(EntityManager em, String gemeente, String rondeId, Fase van) {
        RondeEntity ronde = ronde(em, rondeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RondeNietGevondenException(gemeente, rondeId));
        if (ronde.fase() != van) {
            throw new FaseException("De ronde is in fase " + ronde.fase().naam() + ", niet " + van.naam());
        }
        return ronde;
    }

    private static Optional<RondeEntity> ronde(EntityManager em, String rondeId, LockModeType lock) {
        return em.createQuery("SELECT r FROM RondeEntity r WHERE r.id = :id", RondeEntity.class).setParameter("id", rondeId)
                .setLockMode(lock).getResultStream().findFirst();
    }

    private static PlanEntity plan(EntityManager em, String gemeente, String rondeId, String planId) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.id = :id AND p.rondeId = :ronde", PlanEntity.class)
                .setParameter("id", planId).setParameter("ronde", rondeId).getResultStream().findFirst()
                .orElseThrow(() -> new RondeNietGevondenException(gemeente, rondeId + "/plannen/" + planId));
    }

    private static long steun(EntityManager em, String planId) {
        return em.createQuery("SELECT COUNT(s) FROM SteunEntity s WHERE s.planId = :p", Long.class).setParameter("p", planId)
                .getSingleResult();
    }

    private static List<Reden> redenen(EntityManager em, String rondeId) {
        return em.createQuery("SELECT r FROM BesluitRedenEntity r WHERE r.besluitId = :id ORDER BY r.volgnummer",
                BesluitRedenEntity.class).setParameter("id", rondeId).getResultStream().map(BesluitRedenEntity::toReden).toList();
    }
}
