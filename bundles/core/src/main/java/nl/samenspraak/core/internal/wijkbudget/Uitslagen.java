package nl.samenspraak.core.internal.wijkbudget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.pabulib.PabulibWriter;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.Boekingsopdracht;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.UitslagService;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.core.internal.regels.RegelsHerkomst;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsOnbruikbaarException;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * Closing a round: the allocation process of the rules the round was opened under decides, its choice is
 * checked (every plan on the ballot once, within the round's budget) before anything is booked, and the
 * result keeps its explanation. The export writes the same count as Pabulib for anyone to recount.
 */
@Component(service = UitslagService.class)
public class Uitslagen implements UitslagService {

    private final WijkbudgetStore store;
    private final RegelsRegister register;
    private final Stembus stembus;
    private final Kalender kalender;
    private final Rondeopvraag rondes;

    @Activate
    public Uitslagen(@Reference WijkbudgetStore store, @Reference RegelsRegister register, @Reference GemeenteRegistry gemeenten,
            @Reference Stembus stembus, @Reference Kalender kalender) {
        this.store = store;
        this.register = register;
        this.stembus = stembus;
        this.kalender = kalender;
        this.rondes = new Rondeopvraag(store, gemeenten);
    }

    @Override
    public Ronde sluit(String gemeente, String rondeId, String door) {
        Ronde ronde = rondes.get(gemeente, rondeId);
        if (ronde.fase() != Fase.STEMMEN) {
            throw new FaseException("De uitslag wordt vastgesteld aan het eind van de fase stemmen; de ronde is in fase "
                    + ronde.fase().naam());
        }
        GeldendeRegels<Toewijzingsproces> proces = register.toewijzingsproces(gemeente, ronde.proces(), ronde.peildatum())
                .orElseThrow(() -> new RegelsOntbrekenException("Voor " + gemeente + " geldt op " + ronde.peildatum()
                        + " geen toewijzingsproces '" + ronde.proces() + "': de uitslag kan niet worden vastgesteld"));
        List<Plan> opStembiljet = Telling.opStembiljet(ronde, store.plannen(gemeente, rondeId));
        List<Stem> stemmen = store.stemmen(gemeente, rondeId);
        Instance telling = Telling.instance(ronde, opStembiljet, stemmen);
        Toewijzingsproces.Toewijzing toewijzing = proces.regels().wijsToe(telling);
        Map<String, Plan> perId = opStembiljet.stream().collect(Collectors.toMap(Plan::id, p -> p));
        Bedrag toegewezen = Bedrag.NUL;
        List<Boekingsopdracht> boekingen = new ArrayList<>();
        for (String id : toewijzing.gekozen()) {
            Plan plan = perId.get(id);
            if (plan == null || boekingen.stream().anyMatch(b -> b.boeking().referentie().equals(id))) {
                throw onzin(gemeente, proces, "koos plan '" + id + "', dat niet (of twee keer) op het stembiljet staat");
            }
            toegewezen = toegewezen.plus(plan.teBegroten());
            boekingen.add(new Boekingsopdracht(ronde.budgetId(), new NieuweBoeking(BoekingSoort.TOEKENNING, plan.teBegroten(),
                    "Wijkbudget " + ronde.titel() + ": " + plan.titel(), id)));
        }
        if (toegewezen.groterDan(ronde.bedrag())) {
            throw onzin(gemeente, proces, "koos plannen voor " + toegewezen + ", meer dan de " + ronde.bedrag() + " van de ronde");
        }
        long opPapier = stemmen.stream().filter(Stem::papier).count();
        StringBuilder uitleg = new StringBuilder(toewijzing.uitleg().summary());
        toewijzing.uitleg().steps().forEach(stap -> uitleg.append('\n').append(stap.text()));
        List<Reden> redenen = new ArrayList<>(toewijzing.redenen());
        if (redenen.isEmpty()) {
            redenen.add(ronde.opzet().grondslag());
        }
        Uitslag uitslag = new Uitslag(toewijzing.gekozen(), toegewezen, ronde.bedrag().min(toegewezen), stemmen.size() - opPapier,
                opPapier, uitleg.toString(), redenen, RegelsHerkomst.van(proces), door, kalender.nu());
        stembus.vergeet(rondeId);
        return store.sluit(gemeente, rondeId, uitslag, boekingen);
    }

    private static RegelsOnbruikbaarException onzin(String gemeente, GeldendeRegels<?> regels, String wat) {
        return new RegelsOnbruikbaarException(gemeente, regels.bundel(), regels.bundelversie(), "het toewijzingsproces " + wat, null);
    }

    @Override
    public String alsPabulib(String gemeente, String rondeId) {
        Ronde ronde = rondes.get(gemeente, rondeId);
        if (ronde.fase().compareTo(Fase.STEMMEN) < 0) {
            throw new FaseException("Er is nog niet gestemd; de ronde is in fase " + ronde.fase().naam());
        }
        Gemeente g = rondes.gemeente(gemeente);
        Instance telling = Telling.instance(ronde, Telling.opStembiljet(ronde, store.plannen(gemeente, rondeId)),
                store.stemmen(gemeente, rondeId));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", ronde.titel());
        meta.put("country", "Netherlands");
        meta.put("unit", g.naam());
        meta.put("subunit", g.wijk(ronde.wijk()).map(w -> w.naam()).orElse(ronde.wijk()));
        meta.put("instance", ronde.id());
        meta.put("num_projects", String.valueOf(telling.projects().size()));
        meta.put("num_votes", String.valueOf(telling.ballots().size()));
        meta.put("budget", telling.budget().toPlainString());
        meta.put("vote_type", telling.voteType().pabulibName());
        meta.put("rule", ronde.proces());
        meta.put("date_begin", ronde.peildatum().toString());
        ronde.uitslag().ifPresent(u -> meta.put("date_end", Kalender.dag(u.vastgesteldOp()).toString()));
        Set<String> gekozen = ronde.uitslag().map(u -> Set.copyOf(u.gekozen())).orElse(Set.of());
        List<Project> projecten = telling.projects().stream().map(p -> {
            Map<String, String> kenmerken = new LinkedHashMap<>(p.attributes());
            if (ronde.uitslag().isPresent()) {
                kenmerken.put("selected", gekozen.contains(p.id()) ? "1" : "0");
            }
            return new Project(p.id(), p.cost(), p.name(), kenmerken);
        }).toList();
        return PabulibWriter.toPabulib(new Instance(meta, telling.budget(), telling.voteType(), projecten, telling.ballots()));
    }
}
