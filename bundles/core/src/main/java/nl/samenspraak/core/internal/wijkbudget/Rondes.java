package nl.samenspraak.core.internal.wijkbudget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.core.internal.regels.RegelsHerkomst;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * Wijkbudget rounds through their phases up to the vote. The allocation process in force on the day a round
 * opens is fixed in the round, with its set-up (support needed, feasibility check, ballot kind), so the rules
 * cannot change under a running vote; a phase may be skipped only where that set-up allows it.
 */
@Component(service = RondeService.class)
public class Rondes implements RondeService {

    private final WijkbudgetStore store;
    private final RegelsRegister register;
    private final BudgetService budgetten;
    private final Stembus stembus;
    private final Kalender kalender;
    private final Rondeopvraag rondes;

    @Activate
    public Rondes(@Reference WijkbudgetStore store, @Reference RegelsRegister register, @Reference GemeenteRegistry gemeenten,
            @Reference BudgetService budgetten, @Reference Stembus stembus, @Reference Kalender kalender) {
        this.store = store;
        this.register = register;
        this.budgetten = budgetten;
        this.stembus = stembus;
        this.kalender = kalender;
        this.rondes = new Rondeopvraag(store, gemeenten);
    }

    @Override
    public Ronde open(String gemeente, NieuweRonde nieuw, String door) {
        Gemeente g = rondes.gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "titel", nieuw.titel(), Invoerregels.MAX_TITEL);
        if (nieuw.wijk() == null || g.wijk(nieuw.wijk()).isEmpty()) {
            fouten.add(new Overtreding("wijk", "een wijk van " + g.naam() + " is verplicht"));
        }
        if (nieuw.bedrag() == null || !nieuw.bedrag().isPositief()) {
            fouten.add(new Overtreding("bedrag", "een bedrag groter dan 0 is verplicht"));
        }
        Optional<Budget> budget = Optional.ofNullable(nieuw.budgetId()).flatMap(id -> budgetten.find(gemeente, id));
        if (budget.isEmpty()) {
            fouten.add(new Overtreding("budgetId", "een budget van " + g.naam() + " is verplicht"));
        } else if (budget.get().wijk().filter(w -> !w.equals(nieuw.wijk())).isPresent()) {
            fouten.add(new Overtreding("budgetId", "het budget is van wijk " + budget.get().wijk().get()));
        } else if (nieuw.bedrag() != null && nieuw.bedrag().groterDan(budget.get().plafond())) {
            fouten.add(new Overtreding("bedrag", "meer dan het plafond van het budget (" + budget.get().plafond() + ")"));
        } else if (nieuw.bedrag() != null && nieuw.bedrag().groterDan(vrij(gemeente, budget.get()))) {
            // a round that promises more than its budget has left ends in a result that cannot be booked
            fouten.add(new Overtreding("bedrag", "meer dan het budget nog vrij heeft (" + vrij(gemeente, budget.get())
                    + ": wat beschikbaar is, min de bedragen van de andere rondes op dit budget zonder uitslag)"));
        }
        Fase vorige = null;
        for (Fase fase : Fase.values()) {
            LocalDate dag = nieuw.planning() == null ? null : nieuw.planning().get(fase);
            if (dag != null && vorige != null && dag.isBefore(nieuw.planning().get(vorige))) {
                fouten.add(new Overtreding("planning." + fase.naam(), "ligt voor " + vorige.naam()));
            }
            vorige = dag != null ? fase : vorige;
        }
        OngeldigeInvoerException.alsNodig(fouten);
        LocalDate vandaag = kalender.vandaag();
        GeldendeRegels<Toewijzingsproces> proces = proces(gemeente, nieuw.wijk(), nieuw.proces(), vandaag);
        Rondeopzet opzet = proces.regels().rondeopzet().orElseThrow(() -> new RegelsOntbrekenException("Het toewijzingsproces '"
                + proces.regels().proces() + "' van " + gemeente + " beschrijft niet hoe een ronde verloopt (Rondeopzet)"));
        Ronde ronde = new Ronde(UUID.randomUUID().toString(), gemeente, nieuw.wijk(), nieuw.titel().strip(), nieuw.bedrag(),
                nieuw.budgetId(), proces.regels().proces(), opzet, vandaag, RegelsHerkomst.van(proces), Fase.PLANNEN_INDIENEN,
                nieuw.planning() == null ? Map.of() : nieuw.planning(), door, kalender.nu(), Optional.empty());
        return store.create(gemeente, ronde);
    }

    /**
     * What the budget can still promise a new round: what it has available, less the amounts of its other rounds
     * without a result yet (a result books what it funds, within the round's amount).
     */
    private Bedrag vrij(String gemeente, Budget budget) {
        Bedrag vrij = budget.beschikbaar();
        for (Ronde ander : store.list(gemeente)) {
            if (budget.id().equals(ander.budgetId()) && ander.uitslag().isEmpty()) {
                vrij = vrij.min(ander.bedrag());
            }
        }
        return vrij;
    }

    /** The process named, or else the only one in force for the wijk. */
    private GeldendeRegels<Toewijzingsproces> proces(String gemeente, String wijk, Optional<String> sleutel, LocalDate dag) {
        if (sleutel.isPresent()) {
            GeldendeRegels<Toewijzingsproces> proces = register.toewijzingsproces(gemeente, sleutel.get(), dag)
                    .orElseThrow(() -> new RegelsOntbrekenException("Voor " + gemeente + " geldt op " + dag
                            + " geen toewijzingsproces '" + sleutel.get() + "'"));
            if (!geldtVoor(proces.regels(), wijk)) {
                throw new OngeldigeInvoerException("proces", "'" + sleutel.get() + "' geldt niet voor wijk " + wijk);
            }
            return proces;
        }
        List<GeldendeRegels<Toewijzingsproces>> kandidaten = register.alle(gemeente).stream()
                .filter(r -> r.regels() instanceof Toewijzingsproces && r.info().geldigOp(dag))
                .map(r -> register.toewijzingsproces(gemeente, ((Toewijzingsproces) r.regels()).proces(), dag))
                .flatMap(Optional::stream).filter(p -> geldtVoor(p.regels(), wijk)).distinct().toList();
        if (kandidaten.isEmpty()) {
            throw new RegelsOntbrekenException("Voor " + gemeente + " geldt op " + dag + " geen toewijzingsproces voor wijk "
                    + wijk + ": " + register.waaromGeen(gemeente, Toewijzingsproces.class, null, dag)
                    + ", dus niemand bepaalt hoe het wijkbudget wordt verdeeld");
        }
        if (kandidaten.size() > 1) {
            throw new OngeldigeInvoerException("proces", "kies een van " + kandidaten.stream().map(p -> p.regels().proces())
                    .sorted().toList());
        }
        return kandidaten.get(0);
    }

    private static boolean geldtVoor(Toewijzingsproces proces, String wijk) {
        return proces.wijken().isEmpty() || proces.wijken().contains(wijk);
    }

    @Override
    public List<Ronde> list(String gemeente) {
        rondes.gemeente(gemeente);
        return store.list(gemeente);
    }

    @Override
    public Ronde get(String gemeente, String rondeId) {
        return rondes.get(gemeente, rondeId);
    }

    @Override
    public Ronde naarFase(String gemeente, String rondeId, Fase naar, String door) {
        Ronde ronde = get(gemeente, rondeId);
        if (naar == null) {
            throw new OngeldigeInvoerException("fase", "verplicht");
        }
        Fase van = ronde.fase();
        boolean vooruit = naar.compareTo(van) > 0 && naar.compareTo(Fase.STEMMEN) <= 0
                || van == Fase.UITSLAG && naar == Fase.UITVOERING;
        if (!vooruit) {
            throw new FaseException("Van fase " + van.naam() + " kan de ronde niet naar " + naar.naam()
                    + (naar == Fase.UITSLAG ? ": de stemming sluit met het vaststellen van de uitslag" : ""));
        }
        Rondeopzet opzet = ronde.opzet();
        if (van.compareTo(Fase.STEUN_VERZAMELEN) < 0 && naar.compareTo(Fase.STEUN_VERZAMELEN) > 0 && opzet.ondersteunersPerPlan() > 0) {
            throw new FaseException("Plannen hebben " + opzet.ondersteunersPerPlan() + " steunbetuigingen nodig ("
                    + opzet.grondslag().artikel() + "): de fase steun_verzamelen kan niet worden overgeslagen");
        }
        if (van.compareTo(Fase.HAALBAARHEIDSTOETS) < 0 && naar.compareTo(Fase.HAALBAARHEIDSTOETS) > 0 && opzet.haalbaarheidstoets()) {
            throw new FaseException("Plannen worden op haalbaarheid getoetst (" + opzet.grondslag().artikel()
                    + "): de fase haalbaarheidstoets kan niet worden overgeslagen");
        }
        if (naar == Fase.STEMMEN && Telling.opStembiljet(ronde, store.plannen(gemeente, rondeId)).isEmpty()) {
            throw new FaseException("Geen enkel plan voldoet aan de voorwaarden voor het stembiljet; de stemming kan niet beginnen");
        }
        stembus.vergeet(rondeId);
        return store.naarFase(gemeente, rondeId, van, naar);
    }

    @Override
    public Plan dienPlanIn(String gemeente, String rondeId, NieuwPlan nieuw, String door) {
        Ronde ronde = get(gemeente, rondeId);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "titel", nieuw.titel(), Invoerregels.MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", nieuw.omschrijving(), Invoerregels.MAX_TEKST);
        kosten(fouten, "geschatteKosten", nieuw.geschatteKosten(), ronde);
        OngeldigeInvoerException.alsNodig(fouten);
        return store.dienPlanIn(gemeente, new Plan(UUID.randomUUID().toString(), rondeId, nieuw.titel().strip(),
                nieuw.omschrijving().strip(), nieuw.geschatteKosten(), door, kalender.nu(), 0, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    private static void kosten(List<Overtreding> fouten, String veld, Bedrag kosten, Ronde ronde) {
        if (kosten == null || !kosten.isPositief()) {
            fouten.add(new Overtreding(veld, "een bedrag groter dan 0 is verplicht"));
        } else if (kosten.groterDan(ronde.bedrag())) {
            fouten.add(new Overtreding(veld, "meer dan het budget van de ronde (" + ronde.bedrag() + ")"));
        }
    }

    @Override
    public List<Plan> plannen(String gemeente, String rondeId) {
        get(gemeente, rondeId);
        return store.plannen(gemeente, rondeId);
    }

    @Override
    public Plan steun(String gemeente, String rondeId, String planId, String door) {
        rondes.gemeente(gemeente);
        return store.steun(gemeente, rondeId, planId, door);
    }

    @Override
    public Plan toets(String gemeente, String rondeId, String planId, Boolean haalbaar, String toetsing, Optional<Bedrag> kosten,
            String door) {
        Ronde ronde = get(gemeente, rondeId);
        List<Overtreding> fouten = new ArrayList<>();
        if (haalbaar == null) {
            fouten.add(new Overtreding("haalbaar", "verplicht: true of false"));
        }
        Invoerregels.tekst(fouten, "toelichting", toetsing, Invoerregels.MAX_TEKST);
        kosten.ifPresent(k -> kosten(fouten, "kosten", k, ronde));
        OngeldigeInvoerException.alsNodig(fouten);
        return store.toets(gemeente, rondeId, planId, haalbaar, toetsing.strip(), kosten);
    }
}
