package nl.samenspraak.testsupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.opslag.Boekingsopdracht;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;
import nl.samenspraak.api.wijkbudget.Uitslag;

/**
 * Wijkbudget rounds in memory, per gemeente, refusing what the JPA store refuses: each step only in its
 * phase, a ballot only with a registered pass and once per voter key, a phase change only from the phase the
 * caller saw; closing books the grants on {@link NepBudgetten}, all or nothing.
 */
public final class NepWijkbudgetStore implements WijkbudgetStore {

    public final Map<String, Ronde> rondes = new LinkedHashMap<>();
    public final Map<String, Plan> plannen = new LinkedHashMap<>();
    /** By plan id: who supported it. */
    public final Map<String, Set<String>> steun = new LinkedHashMap<>();
    /** Keyed hashes of the passes and of the residents they were issued to, as stored: apart. */
    public final Set<String> passen = new HashSet<>();
    public final Set<String> kiezers = new HashSet<>();
    public final Map<String, List<Stem>> stemmen = new LinkedHashMap<>();

    private final NepBudgetten budgetten;

    public NepWijkbudgetStore(NepBudgetten budgetten) {
        this.budgetten = budgetten;
    }

    @Override
    public Ronde create(String gemeente, Ronde ronde) {
        rondes.put(ronde.id(), ronde);
        return ronde;
    }

    @Override
    public List<Ronde> list(String gemeente) {
        return rondes.values().stream().filter(r -> r.gemeente().equals(gemeente)).toList();
    }

    @Override
    public Optional<Ronde> find(String gemeente, String rondeId) {
        return Optional.ofNullable(rondes.get(rondeId)).filter(r -> r.gemeente().equals(gemeente));
    }

    @Override
    public Ronde naarFase(String gemeente, String rondeId, Fase van, Fase naar) {
        Ronde ronde = ronde(gemeente, rondeId);
        if (ronde.fase() != van) {
            throw new FaseException("De ronde is in fase " + ronde.fase().naam() + ", niet " + van.naam());
        }
        return bewaar(met(ronde, naar, ronde.uitslag()));
    }

    @Override
    public Plan dienPlanIn(String gemeente, Plan plan) {
        vereisFase(gemeente, plan.rondeId(), Fase.PLANNEN_INDIENEN);
        plannen.put(plan.id(), plan);
        return plan;
    }

    @Override
    public List<Plan> plannen(String gemeente, String rondeId) {
        return plannen.values().stream().filter(p -> p.rondeId().equals(rondeId) && find(gemeente, rondeId).isPresent())
                .map(this::metSteun).toList();
    }

    @Override
    public Plan steun(String gemeente, String rondeId, String planId, String steuner) {
        Fase fase = ronde(gemeente, rondeId).fase();
        if (fase != Fase.PLANNEN_INDIENEN && fase != Fase.STEUN_VERZAMELEN) {
            throw new FaseException("Steun wordt verzameld tijdens het indienen van plannen en de fase steun_verzamelen; "
                    + "de ronde is in fase " + fase.naam());
        }
        steun.computeIfAbsent(plan(gemeente, rondeId, planId).id(), k -> new HashSet<>()).add(steuner);
        return metSteun(plannen.get(planId));
    }

    @Override
    public Plan toets(String gemeente, String rondeId, String planId, boolean haalbaar, String toetsing, Optional<Bedrag> kosten) {
        vereisFase(gemeente, rondeId, Fase.HAALBAARHEIDSTOETS);
        Plan p = plan(gemeente, rondeId, planId);
        Plan getoetst = new Plan(p.id(), p.rondeId(), p.titel(), p.omschrijving(), p.geschatteKosten(), p.indiener(),
                p.ingediendOp(), p.steun(), Optional.of(haalbaar), Optional.of(toetsing), kosten);
        plannen.put(planId, getoetst);
        return metSteun(getoetst);
    }

    @Override
    public List<Boolean> registreerStempassen(String gemeente, String rondeId, List<String> pas, List<String> kiezer) {
        if (ronde(gemeente, rondeId).fase().compareTo(Fase.STEMMEN) > 0) {
            throw new FaseException("De stemming is gesloten; er worden geen stempassen meer uitgegeven");
        }
        List<Boolean> geregistreerd = new ArrayList<>();
        for (int i = 0; i < pas.size(); i++) {
            boolean nieuw = kiezers.add(kiezer.get(i));
            if (nieuw) {
                passen.add(rondeId + "/" + pas.get(i));
            }
            geregistreerd.add(nieuw);
        }
        return geregistreerd;
    }

    @Override
    public Stem stem(String gemeente, String rondeId, Stem stem) {
        controleerStem(gemeente, rondeId, stem.stemmer());
        stemmen.computeIfAbsent(rondeId, k -> new ArrayList<>()).add(stem);
        return stem;
    }

    @Override
    public void controleerStem(String gemeente, String rondeId, String stemmer) {
        Fase fase = ronde(gemeente, rondeId).fase();
        if (fase != Fase.STEMMEN) {
            throw new StemGeweigerdException(Waarom.BUITEN_DE_STEMPERIODE,
                    "Er kan alleen worden gestemd in de fase stemmen; de ronde is in fase " + fase.naam());
        }
        if (!passen.contains(rondeId + "/" + stemmer)) {
            throw new StemGeweigerdException(Waarom.ONBEKENDE_STEMCODE, "Deze stemcode hoort niet bij deze ronde");
        }
        if (stemmen.getOrDefault(rondeId, List.of()).stream().anyMatch(s -> s.stemmer().equals(stemmer))) {
            throw new StemGeweigerdException(Waarom.AL_GESTEMD, "Met deze stemcode is al gestemd");
        }
    }

    @Override
    public List<Stem> stemmen(String gemeente, String rondeId) {
        ronde(gemeente, rondeId);
        return List.copyOf(stemmen.getOrDefault(rondeId, List.of()));
    }

    @Override
    public Ronde sluit(String gemeente, String rondeId, Uitslag uitslag, List<Boekingsopdracht> boekingen) {
        Ronde ronde = ronde(gemeente, rondeId);
        if (ronde.fase() != Fase.STEMMEN) {
            throw new FaseException("De ronde is in fase " + ronde.fase().naam() + ", niet " + Fase.STEMMEN.naam());
        }
        budgetten.boek(gemeente, boekingen);
        return bewaar(met(ronde, Fase.UITSLAG, Optional.of(uitslag)));
    }

    private Ronde ronde(String gemeente, String rondeId) {
        return find(gemeente, rondeId).orElseThrow(() -> new RondeNietGevondenException(gemeente, rondeId));
    }

    private void vereisFase(String gemeente, String rondeId, Fase verwacht) {
        Fase fase = ronde(gemeente, rondeId).fase();
        if (fase != verwacht) {
            throw new FaseException("Dit kan alleen in de fase " + verwacht.naam() + "; de ronde is in fase " + fase.naam());
        }
    }

    private Plan plan(String gemeente, String rondeId, String planId) {
        return Optional.ofNullable(plannen.get(planId)).filter(p -> p.rondeId().equals(rondeId))
                .orElseThrow(() -> new RondeNietGevondenException(gemeente, rondeId + "/" + planId));
    }

    private Plan metSteun(Plan p) {
        return new Plan(p.id(), p.rondeId(), p.titel(), p.omschrijving(), p.geschatteKosten(), p.indiener(), p.ingediendOp(),
                steun.getOrDefault(p.id(), Set.of()).size(), p.haalbaar(), p.toetsing(), p.kosten());
    }

    private Ronde bewaar(Ronde ronde) {
        rondes.put(ronde.id(), ronde);
        return ronde;
    }

    private static Ronde met(Ronde r, Fase fase, Optional<Uitslag> uitslag) {
        return new Ronde(r.id(), r.gemeente(), r.wijk(), r.titel(), r.bedrag(), r.budgetId(), r.proces(), r.opzet(),
                r.peildatum(), r.regels(), fase, r.planning(), r.ingesteldDoor(), r.ingesteldOp(), uitslag);
    }
}
