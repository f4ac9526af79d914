package nl.samenspraak.core.internal.wijkbudget;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.pabulib.PabulibFormatException;
import nl.samenspraak.allocation.pabulib.PabulibReader;
import nl.samenspraak.allocation.pabulib.PabulibWriter;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.GemeenteNietBediendException;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.InitiatiefStore.Boekingsopdracht;
import nl.samenspraak.api.initiatief.RegelsOntbrekenException;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.api.wijkbudget.WijkbudgetService;
import nl.samenspraak.api.wijkbudget.WijkbudgetStore;
import nl.samenspraak.core.internal.initiatief.Initiatieven;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsOnbruikbaarException;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Rondeopzet.Stembiljet.Wijze;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * Wijkbudget rounds. The ballot paper of a round in the voting phase (its plans and costs) is kept in memory,
 * so a ballot costs one short transaction; every phase change goes through this component and drops it.
 */
@Component(service = WijkbudgetService.class)
public class Wijkbudgetten implements WijkbudgetService {

    private static final String CODETEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WijkbudgetStore store;
    private final RegelsRegister register;
    private final GemeenteRegistry gemeenten;
    private final BudgetService budgetten;
    private final Stemgeheim geheim;
    private final Clock klok;

    /** By round id: the ballot paper of rounds in the voting phase. */
    private final Map<String, Stembiljetpapier> papier = new ConcurrentHashMap<>();

    @Activate
    public Wijkbudgetten(@Reference WijkbudgetStore store, @Reference RegelsRegister register,
            @Reference GemeenteRegistry gemeenten, @Reference BudgetService budgetten, @Reference Stemgeheim geheim) {
        this(store, register, gemeenten, budgetten, geheim, Clock.system(Initiatieven.NEDERLAND));
    }

    Wijkbudgetten(WijkbudgetStore store, RegelsRegister register, GemeenteRegistry gemeenten, BudgetService budgetten,
            Stemgeheim geheim, Clock klok) {
        this.store = store;
        this.register = register;
        this.gemeenten = gemeenten;
        this.budgetten = budgetten;
        this.geheim = geheim;
        this.klok = klok;
    }

    /** A round's ballot paper: the plans on it as the allocation engine sees them, and the ballot kind. */
    record Stembiljetpapier(Ronde ronde, Instance leeg) {
    }

    @Override
    public Ronde open(String gemeente, NieuweRonde nieuw, String door) {
        Gemeente g = gemeente(gemeente);
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
        LocalDate vandaag = LocalDate.now(klok);
        GeldendeRegels<Toewijzingsproces> proces = proces(gemeente, nieuw.wijk(), nieuw.proces(), vandaag);
        Rondeopzet opzet = proces.regels().rondeopzet().orElseThrow(() -> new RegelsOntbrekenException("Het toewijzingsproces '"
                + proces.regels().proces() + "' van " + gemeente + " beschrijft niet hoe een ronde verloopt (Rondeopzet)"));
        Ronde ronde = new Ronde(UUID.randomUUID().toString(), gemeente, nieuw.wijk(), nieuw.titel().strip(), nieuw.bedrag(),
                nieuw.budgetId(), proces.regels().proces(), opzet, vandaag, Initiatieven.herkomst(proces), Fase.PLANNEN_INDIENEN,
                nieuw.planning() == null ? Map.of() : nieuw.planning(), door, klok.instant(), Optional.empty());
        return store.create(gemeente, ronde);
    }

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
        gemeente(gemeente);
        return store.list(gemeente);
    }

    @Override
    public Ronde get(String gemeente, String rondeId) {
        gemeente(gemeente);
        return store.find(gemeente, rondeId).orElseThrow(() -> new RondeNietGevondenException(gemeente, rondeId));
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
        if (naar == Fase.STEMMEN && opStembiljet(ronde, store.plannen(gemeente, rondeId)).isEmpty()) {
            throw new FaseException("Geen enkel plan voldoet aan de voorwaarden voor het stembiljet; de stemming kan niet beginnen");
        }
        papier.remove(rondeId);
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
                nieuw.omschrijving().strip(), nieuw.geschatteKosten(), door, klok.instant(), 0, Optional.empty(), Optional.empty(),
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
        gemeente(gemeente);
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

    @Override
    public Stempassen geefStempassenUit(String gemeente, String rondeId, List<Kiezer> kiezers, String door) {
        Ronde ronde = get(gemeente, rondeId);
        Rondeopzet opzet = ronde.opzet();
        LocalDate peildag = ronde.planning().getOrDefault(Fase.STEMMEN, LocalDate.now(klok));
        Map<String, Reden> geweigerd = new LinkedHashMap<>();
        List<String> kenmerken = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Overtreding> fouten = new ArrayList<>();
        for (int i = 0; i < kiezers.size(); i++) {
            Kiezer kiezer = kiezers.get(i);
            if (kiezer == null || kiezer.kenmerk() == null || kiezer.kenmerk().isBlank() || kiezer.geboortedatum() == null) {
                fouten.add(new Overtreding("kiezers[" + i + "]", "kenmerk en geboortedatum zijn verplicht"));
                continue;
            }
            int leeftijd = Period.between(kiezer.geboortedatum(), peildag).getYears();
            if (leeftijd < opzet.minimumleeftijd()) {
                geweigerd.put(kiezer.kenmerk(), new Reden(opzet.grondslag().artikel(), "Stemmen kan vanaf "
                        + opzet.minimumleeftijd() + " jaar; op " + peildag + " is deze bewoner " + leeftijd + "."));
            } else if (opzet.alleenWijkbewoners() && !ronde.wijk().equals(kiezer.wijk())) {
                geweigerd.put(kiezer.kenmerk(), new Reden(opzet.grondslag().artikel(), "Alleen bewoners van wijk " + ronde.wijk()
                        + " stemmen; deze bewoner woont in " + (kiezer.wijk() == null ? "een onbekende wijk" : kiezer.wijk()) + "."));
            } else {
                kenmerken.add(kiezer.kenmerk());
                codes.add(nieuweCode());
            }
        }
        OngeldigeInvoerException.alsNodig(fouten);
        List<Boolean> geregistreerd = store.registreerStempassen(gemeente, rondeId,
                codes.stream().map(code -> kiezerSleutel(gemeente, rondeId, code)).toList(),
                kenmerken.stream().map(k -> geheim.hash(gemeente, rondeId, "kiezer", k)).toList());
        Map<String, String> uitgegeven = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (geregistreerd.get(i)) {
                uitgegeven.put(kenmerken.get(i), codes.get(i));
            } else {
                geweigerd.put(kenmerken.get(i), new Reden(opzet.grondslag().artikel(), "Deze bewoner heeft al een stempas."));
            }
        }
        return new Stempassen(uitgegeven, geweigerd);
    }

    /** The pseudonymous voter key: what the pass, the ballot and the Pabulib export know the voter by. */
    private String kiezerSleutel(String gemeente, String rondeId, String code) {
        return geheim.hash(gemeente, rondeId, "pas", normaliseer(code));
    }

    private static String normaliseer(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase();
    }

    private static String nieuweCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODETEKENS.charAt(RANDOM.nextInt(CODETEKENS.length())));
        }
        return code.toString();
    }

    @Override
    public Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten) {
        return stem(gemeente, rondeId, stemcode, plannen, punten, false);
    }

    private Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten,
            boolean opPapier) {
        if (stemcode == null || stemcode.isBlank()) {
            throw new OngeldigeInvoerException("stemcode", "verplicht");
        }
        Stembiljetpapier biljet = stembiljet(gemeente, rondeId);
        List<String> gekozen = plannen == null ? List.of() : plannen;
        Map<String, Integer> verdeeld = punten == null ? Map.of() : punten;
        controleer(biljet, gekozen, verdeeld);
        List<String> volgorde = biljet.ronde().opzet().stembiljet().wijze() == Wijze.PUNTEN_VERDELEN
                ? List.copyOf(verdeeld.keySet()) : gekozen;
        return store.stem(gemeente, rondeId, new Stem(kiezerSleutel(gemeente, rondeId, stemcode), volgorde, verdeeld, opPapier,
                klok.instant()));
    }

    private Stembiljetpapier stembiljet(String gemeente, String rondeId) {
        Stembiljetpapier biljet = papier.get(rondeId);
        if (biljet != null && biljet.ronde().gemeente().equals(gemeente)) {
            return biljet;
        }
        Ronde ronde = get(gemeente, rondeId);
        if (ronde.fase() != Fase.STEMMEN) {
            throw new StemGeweigerdException(Waarom.BUITEN_DE_STEMPERIODE,
                    "Er kan alleen worden gestemd in de fase stemmen; de ronde is in fase " + ronde.fase().naam());
        }
        biljet = new Stembiljetpapier(ronde, instance(ronde, opStembiljet(ronde, store.plannen(gemeente, rondeId)), List.of()));
        papier.put(rondeId, biljet);
        return biljet;
    }

    static void controleer(Stembiljetpapier biljet, List<String> plannen, Map<String, Integer> punten) {
        Rondeopzet.Stembiljet soort = biljet.ronde().opzet().stembiljet();
        Instance leeg = biljet.leeg();
        boolean metPunten = soort.wijze() == Wijze.PUNTEN_VERDELEN;
        List<String> genoemd = metPunten ? List.copyOf(punten.keySet()) : plannen;
        String fout = null;
        if (metPunten && !plannen.isEmpty() || !metPunten && !punten.isEmpty()) {
            fout = metPunten ? "Dit stembiljet verdeelt punten: geef punten per plan, geen lijst van plannen"
                    : "Dit stembiljet kiest plannen: geef een lijst van plannen, geen punten";
        } else if (new HashSet<>(genoemd).size() != genoemd.size()) {
            fout = "Een plan staat twee keer op het stembiljet";
        } else if (genoemd.stream().anyMatch(id -> leeg.project(id).isEmpty())) {
            fout = "Onbekend plan of plan dat niet op het stembiljet staat: "
                    + genoemd.stream().filter(id -> leeg.project(id).isEmpty()).toList();
        } else if (metPunten && punten.values().stream().anyMatch(p -> p == null || p < 0)) {
            fout = "Punten zijn 0 of meer";
        } else {
            Ballot ballot = metPunten
                    ? new Ballot("controle", genoemd, genoemd.stream().map(id -> BigDecimal.valueOf(punten.get(id))).toList(), Map.of())
                    : new Ballot("controle", genoemd, List.of(), Map.of());
            if (!soort.staatToe(ballot, leeg)) {
                fout = switch (soort.wijze()) {
                    case GOEDKEURING_MAX_PLANNEN -> "Kies ten hoogste " + soort.maximum() + " plan(nen)";
                    case GOEDKEURING_BINNEN_BUDGET -> "De gekozen plannen kosten samen meer dan het budget van " + leeg.budget();
                    case PUNTEN_VERDELEN -> "Verdeel ten hoogste " + soort.maximum() + " punten";
                    case GOEDKEURING -> "Dit stembiljet is ongeldig";
                };
            }
        }
        if (fout != null) {
            throw new StemGeweigerdException(Waarom.ONGELDIG_STEMBILJET, fout + " (" + biljet.ronde().opzet().grondslag().artikel() + ")");
        }
    }

    @Override
    public Import importeerPapierenStemmen(String gemeente, String rondeId, String inhoud, String door) {
        if (inhoud == null || inhoud.isBlank()) {
            throw new OngeldigeInvoerException("body", "een CSV- of .pb-bestand met stemmen is verplicht");
        }
        Map<Integer, String> geweigerd = new LinkedHashMap<>();
        int ingelezen = 0;
        List<Regel> regels = inhoud.stripLeading().startsWith("META") ? pabulib(inhoud) : csv(inhoud);
        for (Regel regel : regels) {
            try {
                stem(gemeente, rondeId, regel.stemcode(), regel.plannen(), regel.punten(), true);
                ingelezen++;
            } catch (StemGeweigerdException | OngeldigeInvoerException e) {
                geweigerd.put(regel.nummer(), e.getMessage());
            }
        }
        return new Import(ingelezen, geweigerd);
    }

    private record Regel(int nummer, String stemcode, List<String> plannen, Map<String, Integer> punten) {
    }

    /** {@code stemcode;plan,plan,...} or {@code stemcode;plan:punten,...}; blank lines and # comments are skipped. */
    private static List<Regel> csv(String inhoud) {
        List<Regel> regels = new ArrayList<>();
        List<Overtreding> fouten = new ArrayList<>();
        String[] lijnen = inhoud.split("\\R");
        for (int i = 0; i < lijnen.length; i++) {
            String lijn = lijnen[i].strip();
            if (lijn.isEmpty() || lijn.startsWith("#")) {
                continue;
            }
            String[] delen = lijn.split(";", -1);
            if (delen.length != 2) {
                fouten.add(new Overtreding("regel " + (i + 1), "verwacht: stemcode;plan,plan,... of stemcode;plan:punten,..."));
                continue;
            }
            List<String> plannen = new ArrayList<>();
            Map<String, Integer> punten = new LinkedHashMap<>();
            for (String cel : delen[1].split(",")) {
                String keuze = cel.strip();
                if (keuze.isEmpty()) {
                    continue;
                }
                int dubbelepunt = keuze.indexOf(':');
                if (dubbelepunt < 0) {
                    plannen.add(keuze);
                } else {
                    try {
                        punten.put(keuze.substring(0, dubbelepunt).strip(), Integer.valueOf(keuze.substring(dubbelepunt + 1).strip()));
                    } catch (NumberFormatException e) {
                        fouten.add(new Overtreding("regel " + (i + 1), "geen aantal punten: '" + keuze + "'"));
                    }
                }
            }
            regels.add(new Regel(i + 1, delen[0].strip(), plannen, punten));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return regels;
    }

    private static List<Regel> pabulib(String inhoud) {
        Instance instance;
        try {
            instance = PabulibReader.parse(inhoud);
        } catch (PabulibFormatException e) {
            throw new OngeldigeInvoerException("body", e.getMessage());
        }
        List<Regel> regels = new ArrayList<>();
        int nummer = 0;
        for (Ballot ballot : instance.ballots()) {
            nummer++;
            Map<String, Integer> punten = new LinkedHashMap<>();
            for (int i = 0; i < ballot.points().size(); i++) {
                punten.put(ballot.projectIds().get(i), ballot.points().get(i).intValueExact());
            }
            regels.add(new Regel(nummer, ballot.voterId(), punten.isEmpty() ? ballot.projectIds() : List.of(), punten));
        }
        return regels;
    }

    @Override
    public Ronde sluit(String gemeente, String rondeId, String door) {
        Ronde ronde = get(gemeente, rondeId);
        if (ronde.fase() != Fase.STEMMEN) {
            throw new FaseException("De uitslag wordt vastgesteld aan het eind van de fase stemmen; de ronde is in fase "
                    + ronde.fase().naam());
        }
        GeldendeRegels<Toewijzingsproces> proces = register.toewijzingsproces(gemeente, ronde.proces(), ronde.peildatum())
                .orElseThrow(() -> new RegelsOntbrekenException("Voor " + gemeente + " geldt op " + ronde.peildatum()
                        + " geen toewijzingsproces '" + ronde.proces() + "': de uitslag kan niet worden vastgesteld"));
        List<Plan> opStembiljet = opStembiljet(ronde, store.plannen(gemeente, rondeId));
        List<Stem> stemmen = store.stemmen(gemeente, rondeId);
        Instance telling = instance(ronde, opStembiljet, stemmen);
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
                opPapier, uitleg.toString(), redenen, Initiatieven.herkomst(proces), door, klok.instant());
        papier.remove(rondeId);
        return store.sluit(gemeente, rondeId, uitslag, boekingen);
    }

    private static RegelsOnbruikbaarException onzin(String gemeente, GeldendeRegels<?> regels, String wat) {
        return new RegelsOnbruikbaarException(gemeente, regels.bundel(), regels.bundelversie(), "het toewijzingsproces " + wat, null);
    }

    @Override
    public String alsPabulib(String gemeente, String rondeId) {
        Ronde ronde = get(gemeente, rondeId);
        if (ronde.fase().compareTo(Fase.STEMMEN) < 0) {
            throw new FaseException("Er is nog niet gestemd; de ronde is in fase " + ronde.fase().naam());
        }
        Gemeente g = gemeente(gemeente);
        Instance telling = instance(ronde, opStembiljet(ronde, store.plannen(gemeente, rondeId)), store.stemmen(gemeente, rondeId));
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
        ronde.uitslag().ifPresent(u -> meta.put("date_end", u.vastgesteldOp().atZone(Initiatieven.NEDERLAND).toLocalDate().toString()));
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

    private static List<Plan> opStembiljet(Ronde ronde, List<Plan> plannen) {
        return plannen.stream().filter(p -> p.opStembiljet(ronde.opzet().ondersteunersPerPlan(), ronde.opzet().haalbaarheidstoets()))
                .toList();
    }

    /** The round as the allocation engine sees it; costs and budget in euros, ballots under their voter keys. */
    static Instance instance(Ronde ronde, List<Plan> plannen, List<Stem> stemmen) {
        Map<String, Long> stemmenPerPlan = new LinkedHashMap<>();
        List<Ballot> ballots = new ArrayList<>();
        for (Stem stem : stemmen) {
            stem.plannen().forEach(p -> stemmenPerPlan.merge(p, 1L, Long::sum));
            List<BigDecimal> punten = stem.punten().isEmpty() ? List.of()
                    : stem.plannen().stream().map(p -> BigDecimal.valueOf(stem.punten().get(p))).toList();
            ballots.add(new Ballot(stem.stemmer(), stem.plannen(), punten,
                    Map.of("voting_method", stem.papier() ? "paper" : "internet")));
        }
        List<Project> projecten = plannen.stream().map(p -> new Project(p.id(), euro(p.teBegroten()), p.titel(),
                Map.of("votes", String.valueOf(stemmenPerPlan.getOrDefault(p.id(), 0L))))).toList();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("instance", ronde.id()); // lets a process seed itself reproducibly, e.g. a lottery
        meta.put("budget", euro(ronde.bedrag()).toPlainString());
        meta.put("vote_type", ronde.opzet().stembiljet().voteType().pabulibName());
        return new Instance(meta, euro(ronde.bedrag()), ronde.opzet().stembiljet().voteType(), projecten, ballots);
    }

    private static BigDecimal euro(Bedrag bedrag) {
        return BigDecimal.valueOf(bedrag.centen()).movePointLeft(2);
    }

    private Gemeente gemeente(String code) {
        return gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
    }
}
