package nl.samenspraak.core.internal.initiatief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.GemeenteNietBediendException;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Besluit.Besluittype;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.InitiatiefStore;
import nl.samenspraak.api.initiatief.InitiatiefStore.Boekingsopdracht;
import nl.samenspraak.api.initiatief.InitiatiefStore.Filter;
import nl.samenspraak.api.initiatief.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.api.initiatief.InitiatiefStore.Wijziging;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.RegelsOntbrekenException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Verordening;

/**
 * The lifecycles of initiatives. The rules in force are consulted first, outside any transaction (rules may
 * take their time; locks must not); the outcome is then stored in one transaction that re-checks the state
 * it was based on, so a decision never lands on an initiative that moved on meanwhile.
 */
@Component(service = InitiatiefService.class)
public class Initiatieven implements InitiatiefService {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    static final int MAX_TITEL = Invoerregels.MAX_TITEL;
    static final int MAX_TEKST = Invoerregels.MAX_TEKST;

    private static final Reden PLAFOND = new Reden("art. 4:25 lid 2 Awb",
            "Een subsidie wordt geweigerd voor zover door verstrekking ervan het subsidieplafond zou worden overschreden.");

    private final InitiatiefStore store;
    private final RegelsRegister register;
    private final GemeenteRegistry gemeenten;
    private final BudgetService budgetten;
    private final Clock klok;

    @Activate
    public Initiatieven(@Reference InitiatiefStore store, @Reference RegelsRegister register,
            @Reference GemeenteRegistry gemeenten, @Reference BudgetService budgetten) {
        this(store, register, gemeenten, budgetten, Clock.system(NEDERLAND));
    }

    Initiatieven(InitiatiefStore store, RegelsRegister register, GemeenteRegistry gemeenten, BudgetService budgetten,
            Clock klok) {
        this.store = store;
        this.register = register;
        this.gemeenten = gemeenten;
        this.budgetten = budgetten;
        this.klok = klok;
    }

    // --- bewonersinitiatief with subsidieaanvraag

    @Override
    public Initiatief dienSubsidieaanvraagIn(String gemeente, NieuweSubsidieaanvraag nieuw, String door) {
        Gemeente g = gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "titel", nieuw.titel(), MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", nieuw.omschrijving(), MAX_TEKST);
        if (nieuw.regeling() == null || !nieuw.regeling().matches("[a-z0-9-]{1,50}")) {
            fouten.add(new Overtreding("regeling", "de sleutel van een subsidieregeling (kleine letters, cijfers, -) is verplicht"));
        }
        controleer(g, nieuw.aanvraag(), fouten);
        OngeldigeInvoerException.alsNodig(fouten);
        Subsidieaanvraag aanvraag = nieuw.aanvraag();
        GeldendeRegels<Subsidieregeling> regeling = subsidieregeling(gemeente, nieuw.regeling(), aanvraag.ingediendOp());
        LocalDate beslistTot = regeling.regels().feiten().beslistermijn().laatsteDag(aanvraag.ingediendOp().plusDays(1));
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), aanvraag.wijk(),
                Subsidiegegevens.aangevraagd(nieuw.regeling(), aanvraag, beslistTot)), door, klok.instant());
    }

    @Override
    public Initiatief vraagAanvulling(String gemeente, String id, String toelichting, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        tekstVerplicht("toelichting", toelichting);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class).opgeschort(vandaag());
        return store.wijzig(gemeente, id, wijziging(initiatief, Status.AANVULLING_GEVRAAGD, gegevens, door,
                "Aanvulling gevraagd; de beslistermijn is opgeschort (art. 4:15 Awb): " + toelichting.strip()));
    }

    @Override
    public Initiatief vulAan(String gemeente, String id, NieuweSubsidieaanvraag aanvulling, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        Subsidieaanvraag aanvraag = aanvulling.aanvraag();
        List<Overtreding> fouten = new ArrayList<>();
        controleer(gemeente(gemeente), aanvraag, fouten);
        if (aanvraag != null && aanvraag.ingediendOp() != null
                && !aanvraag.ingediendOp().equals(gegevens.aanvraag().ingediendOp())) {
            fouten.add(new Overtreding("ingediendOp", "een aanvulling verandert de dag van indiening niet ("
                    + gegevens.aanvraag().ingediendOp() + "): die bepaalt welke regels gelden"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return store.wijzig(gemeente, id, wijziging(initiatief, Status.AANGEVRAAGD, gegevens.aangevuld(aanvraag, vandaag()),
                door, "Aanvraag aangevuld; de beslistermijn loopt weer"));
    }

    @Override
    public Besluit beslisOpSubsidieaanvraag(String gemeente, String id, Optional<String> budgetId, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        vereisStatus(initiatief, Status.AANGEVRAAGD);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        LocalDate peildatum = gegevens.aanvraag().ingediendOp();
        GeldendeRegels<Subsidieregeling> regeling = subsidieregeling(gemeente, gegevens.regeling(), peildatum);
        Beoordeling beoordeling = regeling.regels().beoordeel(gegevens.aanvraag());
        switch (beoordeling.uitkomst()) {
            case TOEGEKEND -> {
                Budget budget = budget(gemeente, gegevens, budgetId);
                Bedrag bedrag = Bedrag.centen(beoordeling.bedragInCenten());
                Besluit verlening = besluit(initiatief, Besluittype.SUBSIDIEVERLENING, beoordeling, regeling, peildatum, door);
                List<Boekingsopdracht> boekingen = bedrag.isPositief() ? List.of(new Boekingsopdracht(budget.id(),
                        new NieuweBoeking(BoekingSoort.TOEKENNING, bedrag, "Verlening: " + initiatief.titel(), id))) : List.of();
                try {
                    store.wijzig(gemeente, id, new Wijziging(Status.AANGEVRAAGD, Status.VERLEEND,
                            gegevens.verleend(budget.id(), bedrag), door, verlening.genomenOp(), "Subsidie verleend: " + bedrag,
                            Optional.of(verlening), boekingen));
                    return verlening;
                } catch (PlafondOverschredenException e) {
                    Beoordeling weigering = Beoordeling.afgewezen(List.of(new Reden(PLAFOND.artikel(), PLAFOND.toelichting()
                            + " Op budget '" + budget.naam() + "' is nog " + e.beschikbaar() + " beschikbaar; de regeling zou "
                            + bedrag + " verlenen.")));
                    return weiger(initiatief, gegevens, weigering, regeling, peildatum, door);
                }
            }
            case AFGEWEZEN -> {
                return weiger(initiatief, gegevens, beoordeling, regeling, peildatum, door);
            }
            default -> {
                Besluit verzoek = besluit(initiatief, Besluittype.SUBSIDIEVERLENING, beoordeling, regeling, peildatum, door);
                store.wijzig(gemeente, id, new Wijziging(Status.AANGEVRAAGD, Status.AANVULLING_GEVRAAGD,
                        gegevens.opgeschort(vandaag()), door, verzoek.genomenOp(),
                        "Aanvulling nodig volgens de regeling; de beslistermijn is opgeschort (art. 4:15 Awb)",
                        Optional.of(verzoek), List.of()));
                return verzoek;
            }
        }
    }

    private Besluit weiger(Initiatief initiatief, Subsidiegegevens gegevens, Beoordeling weigering,
            GeldendeRegels<Subsidieregeling> regeling, LocalDate peildatum, String door) {
        Besluit besluit = besluit(initiatief, Besluittype.SUBSIDIEVERLENING, weigering, regeling, peildatum, door);
        store.wijzig(initiatief.gemeente(), initiatief.id(), new Wijziging(Status.AANGEVRAAGD, Status.AFGEWEZEN, gegevens, door,
                besluit.genomenOp(), "Subsidie geweigerd", Optional.of(besluit), List.of()));
        return besluit;
    }

    @Override
    public Initiatief verantwoord(String gemeente, String id, Bedrag werkelijkeKosten, String verslag, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        List<Overtreding> fouten = new ArrayList<>();
        if (werkelijkeKosten == null || werkelijkeKosten.isNegatief()) {
            fouten.add(new Overtreding("werkelijkeKosten", "een bedrag van 0 of meer is verplicht"));
        }
        Invoerregels.tekst(fouten, "verslag", verslag, MAX_TEKST);
        OngeldigeInvoerException.alsNodig(fouten);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class).verantwoord(werkelijkeKosten, verslag.strip());
        return store.wijzig(gemeente, id, wijziging(initiatief, Status.VERANTWOORD, gegevens, door,
                "Verantwoording ingediend; werkelijke kosten " + werkelijkeKosten));
    }

    @Override
    public Besluit stelSubsidieVast(String gemeente, String id, Optional<Bedrag> bedrag, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.BEWONERSINITIATIEF);
        vereisStatus(initiatief, Status.VERANTWOORD);
        Subsidiegegevens gegevens = initiatief.gegevens(Subsidiegegevens.class);
        Bedrag verleend = gegevens.verleend().orElseThrow();
        Bedrag kosten = gegevens.werkelijkeKosten().orElseThrow();
        Bedrag vastgesteld = bedrag.orElse(Bedrag.kleinste(verleend, kosten));
        if (vastgesteld.isNegatief()) {
            throw new OngeldigeInvoerException("bedrag", "een bedrag van 0 of meer");
        }
        if (vastgesteld.groterDan(verleend)) {
            throw new VerzoekGeweigerdException("bedrag", new Reden("art. 4:46 lid 2 Awb",
                    "De subsidie wordt niet hoger vastgesteld dan het verleende bedrag van " + verleend + "."));
        }
        Besluit verlening = besluiten(gemeente, id).stream().filter(b -> b.soort() == Besluittype.SUBSIDIEVERLENING
                && b.uitkomst() == Beoordeling.Uitkomst.TOEGEKEND).reduce((eerste, laatste) -> laatste).orElseThrow();
        List<Reden> redenen = List.of(new Reden("art. 4:46 lid 1 Awb", vastgesteld.equals(verleend)
                ? "De subsidie wordt vastgesteld overeenkomstig de verlening: de activiteit is verricht en verantwoord."
                : "De subsidie wordt lager vastgesteld dan verleend, op " + vastgesteld + ", omdat de verantwoorde werkelijke kosten "
                        + kosten + " bedragen; " + verleend.min(vastgesteld) + " valt vrij in het budget."));
        Besluit besluit = new Besluit(UUID.randomUUID().toString(), id, Besluittype.SUBSIDIEVASTSTELLING,
                Beoordeling.Uitkomst.TOEGEKEND, Optional.of(vastgesteld), redenen, verlening.peildatum(), verlening.regels(),
                door, klok.instant());
        String budgetId = gegevens.budgetId().orElseThrow();
        List<Boekingsopdracht> boekingen = new ArrayList<>();
        if (vastgesteld.isPositief()) {
            boekingen.add(new Boekingsopdracht(budgetId, new NieuweBoeking(BoekingSoort.UITBETALING, vastgesteld,
                    "Vaststelling: " + initiatief.titel(), id)));
        }
        if (verleend.groterDan(vastgesteld)) {
            boekingen.add(new Boekingsopdracht(budgetId, new NieuweBoeking(BoekingSoort.VRIJVAL, verleend.min(vastgesteld),
                    "Vrijval bij vaststelling: " + initiatief.titel(), id)));
        }
        store.wijzig(gemeente, id, new Wijziging(Status.VERANTWOORD, Status.VASTGESTELD, gegevens.vastgesteld(vastgesteld), door,
                besluit.genomenOp(), "Subsidie vastgesteld op " + vastgesteld, Optional.of(besluit), boekingen));
        return besluit;
    }

    // --- uitdaagrecht

    @Override
    public Initiatief dienUitdaagverzoekIn(String gemeente, NieuwUitdaagverzoek nieuw, String door) {
        Gemeente g = gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "titel", nieuw.titel(), MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", nieuw.omschrijving(), MAX_TEKST);
        wijk(g, nieuw.wijk(), fouten);
        if (nieuw.verzoek() == null) {
            fouten.add(new Overtreding("verzoek", "verplicht"));
        } else {
            Invoerregels.tekst(fouten, "taak", nieuw.verzoek().taak(), 500);
            nietInDeToekomst("ontvangenOp", nieuw.verzoek().ontvangenOp(), fouten);
        }
        OngeldigeInvoerException.alsNodig(fouten);
        GeldendeRegels<Verordening> verordening = verordening(gemeente, nieuw.verzoek().ontvangenOp());
        geenUitdaagrecht(verordening);
        LocalDate beslistTot = verordening.regels().uitdaagrechtBeslistermijn().laatsteDag(nieuw.verzoek().ontvangenOp().plusDays(1));
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), nieuw.wijk(),
                new Uitdaaggegevens(nieuw.verzoek(), beslistTot)), door, klok.instant());
    }

    @Override
    public Besluit beslisOpUitdaagverzoek(String gemeente, String id, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.UITDAAGRECHT);
        vereisStatus(initiatief, Status.INGEDIEND);
        Uitdaaggegevens gegevens = initiatief.gegevens(Uitdaaggegevens.class);
        LocalDate peildatum = gegevens.verzoek().ontvangenOp();
        GeldendeRegels<Verordening> verordening = verordening(gemeente, peildatum);
        geenUitdaagrecht(verordening);
        Beoordeling beoordeling = verordening.regels().beoordeelUitdaagrecht(gegevens.verzoek());
        Status naar = switch (beoordeling.uitkomst()) {
            case TOEGEKEND -> Status.TOEGEKEND;
            case AFGEWEZEN -> Status.AFGEWEZEN;
            case AANVULLING_NODIG -> Status.AANVULLING_GEVRAAGD;
        };
        Besluit besluit = besluit(initiatief, Besluittype.UITDAAGRECHT, beoordeling, verordening, peildatum, door);
        store.wijzig(gemeente, id, new Wijziging(Status.INGEDIEND, naar, gegevens, door, besluit.genomenOp(),
                "Besloten op het uitdaagverzoek: " + naar.naam(), Optional.of(besluit), List.of()));
        return besluit;
    }

    @Override
    public Initiatief vulUitdaagverzoekAan(String gemeente, String id, NieuwUitdaagverzoek aanvulling, String door) {
        Initiatief initiatief = get(gemeente, id, Initiatiefsoort.UITDAAGRECHT);
        Uitdaaggegevens gegevens = initiatief.gegevens(Uitdaaggegevens.class);
        if (aanvulling.verzoek() == null) {
            throw new OngeldigeInvoerException("verzoek", "verplicht");
        }
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "taak", aanvulling.verzoek().taak(), 500);
        OngeldigeInvoerException.alsNodig(fouten);
        Uitdaagverzoek v = aanvulling.verzoek();
        Uitdaagverzoek aangevuld = new Uitdaagverzoek(gegevens.verzoek().ontvangenOp(), v.taak(), v.metBudget(),
                v.gevraagdInCenten(), v.ondersteuners(), v.onderbouwing());
        return store.wijzig(gemeente, id, wijziging(initiatief, Status.INGEDIEND, new Uitdaaggegevens(aangevuld,
                gegevens.beslistTot()), door, "Uitdaagverzoek aangevuld"));
    }

    // --- participatietraject

    @Override
    public Initiatief startTraject(String gemeente, NieuwTraject nieuw, String door) {
        Gemeente g = gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "titel", nieuw.titel(), MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", nieuw.omschrijving(), MAX_TEKST);
        Invoerregels.tekst(fouten, "beleidsterrein", nieuw.beleidsterrein(), 200);
        wijk(g, nieuw.wijk(), fouten);
        if (nieuw.niveau() == null) {
            fouten.add(new Overtreding("niveau", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), nieuw.wijk(),
                new Trajectgegevens(nieuw.niveau(), nieuw.beleidsterrein().strip())), door, klok.instant());
    }

    @Override
    public Initiatief naarFase(String gemeente, String id, Status fase, String toelichting, String door) {
        Initiatief traject = get(gemeente, id, Initiatiefsoort.PARTICIPATIETRAJECT);
        if (fase == null) {
            throw new OngeldigeInvoerException("fase", "verplicht");
        }
        tekstVerplicht("toelichting", toelichting);
        return store.wijzig(gemeente, id, wijziging(traject, fase, traject.gegevens(), door, toelichting.strip()));
    }

    // --- inspraak

    @Override
    public Initiatief legTerInzage(String gemeente, NieuweInspraak nieuw, String door) {
        Gemeente g = gemeente(gemeente);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "titel", nieuw.titel(), MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", nieuw.omschrijving(), MAX_TEKST);
        wijk(g, nieuw.wijk(), fouten);
        if (nieuw.besluitsoort() == null) {
            fouten.add(new Overtreding("besluitsoort", "verplicht"));
        }
        if (nieuw.onderwerp() == null) {
            fouten.add(new Overtreding("onderwerp", "verplicht"));
        }
        if (nieuw.terInzageVanaf() == null) {
            fouten.add(new Overtreding("terInzageVanaf", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        GeldendeRegels<Verordening> verordening = verordening(gemeente, nieuw.terInzageVanaf());
        Verordening regels = verordening.regels();
        Optional<Reden> uitgesloten = regels.uitgesloten(nieuw.onderwerp());
        if (uitgesloten.isPresent()) {
            throw new VerzoekGeweigerdException("onderwerp", uitgesloten.get());
        }
        Termijn termijn = regels.zienswijzetermijn(nieuw.besluitsoort());
        LocalDate zienswijzenTot = termijn.laatsteDag(nieuw.terInzageVanaf());
        LocalDate reactienotaTot = regels.reactienotatermijn().laatsteDag(zienswijzenTot.plusDays(1));
        Inspraakgegevens gegevens = new Inspraakgegevens(nieuw.besluitsoort(), nieuw.onderwerp(), nieuw.terInzageVanaf(),
                termijn, zienswijzenTot, regels.inspraakrecht(nieuw.besluitsoort()), reactienotaTot, Optional.empty());
        return store.create(gemeente, new NieuwInitiatief(nieuw.titel().strip(), nieuw.omschrijving().strip(), nieuw.wijk(),
                gegevens), door, klok.instant());
    }

    @Override
    public Zienswijze dienZienswijzeIn(String gemeente, String inspraakId, NieuweZienswijze zienswijze, String door) {
        Initiatief inspraak = get(gemeente, inspraakId, Initiatiefsoort.INSPRAAK);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "inhoud", zienswijze.inhoud(), MAX_TEKST);
        nietInDeToekomst("ontvangenOp", zienswijze.ontvangenOp(), fouten);
        if (zienswijze.leeftijd() < 0 || zienswijze.leeftijd() > 130) {
            fouten.add(new Overtreding("leeftijd", "een leeftijd tussen 0 en 130"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        Inspraakgegevens gegevens = inspraak.gegevens(Inspraakgegevens.class);
        List<Reden> bezwaren = new ArrayList<>();
        if (!gegevens.binnenTermijn(zienswijze.ontvangenOp())) {
            bezwaren.add(new Reden(gegevens.zienswijzetermijn().grondslag().artikel(), "Zienswijzen konden worden ingediend van "
                    + gegevens.terInzageVanaf() + " tot en met " + gegevens.zienswijzenTot() + "; deze is ontvangen op "
                    + zienswijze.ontvangenOp() + ". " + gegevens.zienswijzetermijn().grondslag().toelichting()));
        }
        Inspraakrecht recht = gegevens.inspraakrecht();
        if (!recht.staatToe(new Inspraakrecht.Indiener(zienswijze.ingezetene(), zienswijze.belanghebbende(), zienswijze.leeftijd()))) {
            bezwaren.add(new Reden(recht.grondslag().artikel(), "Alleen " + kring(recht) + " kunnen een zienswijze indienen. "
                    + recht.grondslag().toelichting()));
        }
        if (!bezwaren.isEmpty()) {
            throw new VerzoekGeweigerdException(bezwaren.size() == 1 && gegevens.binnenTermijn(zienswijze.ontvangenOp())
                    ? "indiener" : "ontvangenOp", bezwaren);
        }
        return store.voegZienswijzeToe(gemeente, inspraakId, door, zienswijze.ontvangenOp(), zienswijze.inhoud().strip(),
                klok.instant());
    }

    private static String kring(Inspraakrecht recht) {
        String kring = switch (recht.kring()) {
            case INGEZETENEN -> "ingezetenen";
            case INGEZETENEN_EN_BELANGHEBBENDEN -> "ingezetenen en belanghebbenden";
            case IEDEREEN -> "personen";
        };
        return recht.minimumleeftijd() > 0 ? kring + " van " + recht.minimumleeftijd() + " jaar of ouder" : kring;
    }

    @Override
    public Initiatief stelReactienotaVast(String gemeente, String inspraakId, String tekst, Map<String, String> antwoorden,
            String door) {
        Initiatief inspraak = get(gemeente, inspraakId, Initiatiefsoort.INSPRAAK);
        Inspraakgegevens gegevens = inspraak.gegevens(Inspraakgegevens.class);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "tekst", tekst, MAX_TEKST);
        antwoorden.forEach((zienswijze, antwoord) -> Invoerregels.tekst(fouten, "antwoorden." + zienswijze, antwoord, MAX_TEKST));
        OngeldigeInvoerException.alsNodig(fouten);
        if (!vandaag().isAfter(gegevens.zienswijzenTot())) {
            throw new OvergangNietToegestaanException("De termijn voor zienswijzen loopt nog tot en met "
                    + gegevens.zienswijzenTot() + "; de reactienota volgt daarna", inspraak.status());
        }
        return store.stelReactienotaVast(gemeente, inspraakId, wijziging(inspraak, Status.REACTIENOTA_VASTGESTELD,
                gegevens.metReactienota(tekst.strip()), door, "Reactienota vastgesteld"), antwoorden);
    }

    // --- reading

    @Override
    public List<Initiatief> list(String gemeente, Filter filter) {
        gemeente(gemeente);
        return store.list(gemeente, filter);
    }

    @Override
    public Initiatief get(String gemeente, String id) {
        gemeente(gemeente);
        return store.find(gemeente, id).orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, id));
    }

    @Override
    public List<Overgang> overgangen(String gemeente, String id) {
        gemeente(gemeente);
        return store.overgangen(gemeente, id);
    }

    @Override
    public List<Besluit> besluiten(String gemeente, String id) {
        gemeente(gemeente);
        return store.besluiten(gemeente, id);
    }

    @Override
    public List<Zienswijze> zienswijzen(String gemeente, String inspraakId) {
        get(gemeente, inspraakId, Initiatiefsoort.INSPRAAK);
        return store.zienswijzen(gemeente, inspraakId);
    }

    @Override
    public List<Deelname> deelnames(String gemeente, String id) {
        gemeente(gemeente);
        return store.deelnames(gemeente, id);
    }

    @Override
    public Deelname voegDeelnemerToe(String gemeente, String id, String gebruiker, Participatierol rol, String door) {
        get(gemeente, id);
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, "gebruiker", gebruiker, 200);
        if (rol == null) {
            fouten.add(new Overtreding("rol", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return store.voegDeelnameToe(gemeente, id, new Deelname(gebruiker.strip(), rol, door, klok.instant()));
    }

    // --- helpers

    private Initiatief get(String gemeente, String id, Initiatiefsoort soort) {
        Initiatief initiatief = get(gemeente, id);
        if (initiatief.soort() != soort) {
            throw new InitiatiefNietGevondenException(gemeente, id);
        }
        return initiatief;
    }

    private static void vereisStatus(Initiatief initiatief, Status verwacht) {
        if (initiatief.status() != verwacht) {
            throw new OvergangNietToegestaanException("Hiervoor moet de status " + verwacht.naam() + " zijn; die is "
                    + initiatief.status().naam(), initiatief.status());
        }
    }

    private Wijziging wijziging(Initiatief initiatief, Status naar, nl.samenspraak.api.initiatief.Gegevens gegevens, String door,
            String toelichting) {
        return new Wijziging(initiatief.status(), naar, gegevens, door, klok.instant(), toelichting, Optional.empty(), List.of());
    }

    private Besluit besluit(Initiatief initiatief, Besluittype soort, Beoordeling beoordeling,
            GeldendeRegels<? extends Regels> regels, LocalDate peildatum, String door) {
        Optional<Bedrag> bedrag = beoordeling.uitkomst() == Beoordeling.Uitkomst.TOEGEKEND && soort != Besluittype.UITDAAGRECHT
                ? Optional.of(Bedrag.centen(beoordeling.bedragInCenten())) : Optional.empty();
        return new Besluit(UUID.randomUUID().toString(), initiatief.id(), soort, beoordeling.uitkomst(), bedrag,
                beoordeling.redenen(), peildatum, herkomst(regels), door, klok.instant());
    }

    public static Besluit.Herkomst herkomst(GeldendeRegels<? extends Regels> regels) {
        return new Besluit.Herkomst(regels.info().titel(), regels.info().vindplaats(), regels.info().geldigVanaf(),
                regels.info().geldigTot(), regels.bundel(), regels.bundelversie());
    }

    /**
     * The budget a grant is booked on: the one named, or else the single budget of the scheme whose period
     * holds the day of submission, preferring one for the application's wijk over one for the whole gemeente.
     */
    private Budget budget(String gemeente, Subsidiegegevens gegevens, Optional<String> budgetId) {
        LocalDate dag = gegevens.aanvraag().ingediendOp();
        Optional<String> wijk = gegevens.aanvraag().wijk();
        if (budgetId.isPresent()) {
            Budget genoemd = budgetten.find(gemeente, budgetId.get()).orElseThrow(() -> new OngeldigeInvoerException("budgetId",
                    gemeente + " heeft geen budget " + budgetId.get()));
            // a named budget is still one of the scheme: its plafond is the one art. 4:25 Awb speaks of
            if (!past(genoemd, gegevens.regeling(), dag, wijk)) {
                throw new OngeldigeInvoerException("budgetId", "budget '" + genoemd.naam() + "' is niet van regeling '"
                        + gegevens.regeling() + "', dekt " + dag + " niet of is voor een andere wijk");
            }
            return genoemd;
        }
        List<Budget> passend = budgetten.list(gemeente).stream()
                .filter(b -> past(b, gegevens.regeling(), dag, wijk))
                .sorted(Comparator.comparing((Budget b) -> b.wijk().isEmpty()))
                .toList();
        if (passend.isEmpty()) {
            throw new OngeldigeInvoerException("budgetId", "er is geen budget van regeling '" + gegevens.regeling()
                    + "' dat " + dag + wijk.map(w -> " en wijk " + w).orElse("") + " dekt; open er een of noem er een");
        }
        List<Budget> voorWijk = passend.stream().filter(b -> b.wijk().isPresent()).toList();
        List<Budget> kandidaten = voorWijk.isEmpty() ? passend : voorWijk;
        if (kandidaten.size() > 1) {
            throw new OngeldigeInvoerException("budgetId", "meerdere budgetten passen ("
                    + kandidaten.stream().map(Budget::id).toList() + "); noem er een");
        }
        return kandidaten.get(0);
    }

    /** The budget is of the scheme, its period holds the day of submission, and it is for the whole gemeente or the wijk. */
    private static boolean past(Budget b, String regeling, LocalDate dag, Optional<String> wijk) {
        return b.regeling().equals(Optional.of(regeling)) && !dag.isBefore(b.van()) && !dag.isAfter(b.tot())
                && (b.wijk().isEmpty() || b.wijk().equals(wijk));
    }

    private GeldendeRegels<Subsidieregeling> subsidieregeling(String gemeente, String regeling, LocalDate datum) {
        return register.subsidieregeling(gemeente, regeling, datum).orElseThrow(() -> new RegelsOntbrekenException(
                "Voor " + gemeente + " geldt op " + datum + " geen subsidieregeling '" + regeling + "': "
                        + register.waaromGeen(gemeente, Subsidieregeling.class, regeling, datum)
                        + ", dus er kan niet worden beslist"));
    }

    /** An ordinance without uitdaagrecht is not asked to refuse: the request is answered with its own reason. */
    private static void geenUitdaagrecht(GeldendeRegels<Verordening> verordening) {
        verordening.regels().zonderUitdaagrecht().ifPresent(reden -> {
            throw new VerzoekGeweigerdException("verzoek", reden);
        });
    }

    private GeldendeRegels<Verordening> verordening(String gemeente, LocalDate datum) {
        return register.verordening(gemeente, datum).orElseThrow(() -> new RegelsOntbrekenException(
                "Voor " + gemeente + " geldt op " + datum + " geen participatie- of inspraakverordening: "
                        + register.waaromGeen(gemeente, Verordening.class, null, datum) + ", dus er kan niet worden beslist"));
    }

    private Gemeente gemeente(String code) {
        return gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    private void controleer(Gemeente gemeente, Subsidieaanvraag aanvraag, List<Overtreding> fouten) {
        if (aanvraag == null) {
            fouten.add(new Overtreding("aanvraag", "verplicht"));
            return;
        }
        nietInDeToekomst("ingediendOp", aanvraag.ingediendOp(), fouten);
        if (aanvraag.gevraagdInCenten() <= 0) {
            fouten.add(new Overtreding("gevraagd", "een bedrag groter dan 0"));
        }
        wijk(gemeente, aanvraag.wijk(), fouten);
    }

    private void nietInDeToekomst(String veld, LocalDate datum, List<Overtreding> fouten) {
        if (datum == null) {
            fouten.add(new Overtreding(veld, "verplicht"));
        } else if (datum.isAfter(vandaag())) {
            fouten.add(new Overtreding(veld, "ligt in de toekomst (" + datum + ")"));
        }
    }

    private static void wijk(Gemeente gemeente, Optional<String> wijk, List<Overtreding> fouten) {
        if (wijk.isPresent() && gemeente.wijk(wijk.get()).isEmpty()) {
            fouten.add(new Overtreding("wijk", "'" + wijk.get() + "' is geen wijk van " + gemeente.naam()));
        }
    }

    private static void tekstVerplicht(String veld, String tekst) {
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, veld, tekst, MAX_TEKST);
        OngeldigeInvoerException.alsNodig(fouten);
    }
}
