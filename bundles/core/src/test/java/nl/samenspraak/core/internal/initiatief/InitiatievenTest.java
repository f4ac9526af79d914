package nl.samenspraak.core.internal.initiatief;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.budget.Saldo;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.gemeente.Wijk;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService.NieuweInspraak;
import nl.samenspraak.api.initiatief.InitiatiefService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.initiatief.InitiatiefService.NieuweZienswijze;
import nl.samenspraak.api.initiatief.InitiatiefService.NieuwUitdaagverzoek;
import nl.samenspraak.api.initiatief.InitiatiefStore;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Levenscyclus;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.RegelsOntbrekenException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Verordening;

/**
 * The initiatives service without OSGi: an in-memory store that refuses like the JPA store does (the state
 * the caller saw, the lifecycle, the subsidieplafond, all or nothing), stub rules in a register that knows
 * their validity, and a clock the test moves.
 */
public class InitiatievenTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String DH = "GM0518";
    private static final String DOETINCHEM = "GM0222";
    private static final String MOERWIJK = "WK051836";
    private static final String SPOORWIJK = "WK051838";
    private static final String REGELING = "bewonersinitiatief";
    /** Monday 2 June 2025, noon in The Hague. */
    private static final LocalDate MAANDAG = LocalDate.of(2025, 6, 2);

    private final Klok klok = new Klok(MAANDAG);
    private final Store store = new Store();
    private final Budgetten budgetten = new Budgetten();
    private final Register register = new Register();
    private final Initiatieven service = new Initiatieven(store, register, new Registry(), budgetten, klok);

    /** The scheme's verdict; grants what is asked unless a test says otherwise. */
    private Function<Subsidieaanvraag, Beoordeling> oordeel = a -> Beoordeling.toegekend(a.gevraagdInCenten(),
            List.of(new Reden("art. 5 Subsidieregeling bewonersinitiatieven Den Haag", "Voldoet aan de voorwaarden.")));

    public InitiatievenTest() {
        register.regelingen.add(geldend(new Regeling(RegelsInfo.vanaf("Subsidieregeling bewonersinitiatieven Den Haag 2025",
                "gemeenteblad 2024, 1234", LocalDate.of(2025, 1, 1)).tot(LocalDate.of(2025, 6, 30))), DH, "1.0.0"));
        register.regelingen.add(geldend(new Regeling(RegelsInfo.vanaf("Subsidieregeling bewonersinitiatieven Den Haag 2025-II",
                "gemeenteblad 2025, 777", LocalDate.of(2025, 7, 1))), DH, "2.0.0"));
        register.verordeningen.put(DH, geldend(new Ordonnantie(), DH, "1.0.0"));
    }

    // ---- submission

    @Test
    public void submissionNamesEveryWrongFieldAtOnceAndStoresNothing() {
        Subsidieaanvraag aanvraag = new Subsidieaanvraag(MAANDAG.plusDays(1), MAANDAG.plusDays(20), 0, Schaal.BUURT,
                Optional.of("WK999999"), 40, List.of(), Set.of());
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> service.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag("Geen Sleutel!", " ", null, aanvraag), "inwoner"));
        assertEquals(Set.of("regeling", "titel", "omschrijving", "ingediendOp", "gevraagd", "wijk"), velden(e));
        assertTrue(e.getMessage(), e.getMessage().contains("WK999999"));
        assertThrows(OngeldigeInvoerException.class, () -> service.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag(REGELING, "t".repeat(Initiatieven.MAX_TITEL + 1), "o", aanvraag(MAANDAG, 100)), "inwoner"));
        assertEquals(Set.of("aanvraag"), velden(assertThrows(OngeldigeInvoerException.class,
                () -> service.dienSubsidieaanvraagIn(DH, new NieuweSubsidieaanvraag(REGELING, "t", "o", null), "inwoner"))));
        assertTrue(store.initiatieven.isEmpty());
    }

    @Test
    public void withoutRulesInForceNothingIsDecidedOrStored() {
        // Doetinchem has no rules here at all; The Hague's scheme starts on 1 January 2025
        assertThrows(RegelsOntbrekenException.class, () -> service.dienSubsidieaanvraagIn(DOETINCHEM,
                new NieuweSubsidieaanvraag(REGELING, "Buurtfeest", "o", aanvraag(MAANDAG, 100)), "inwoner"));
        RegelsOntbrekenException oud = assertThrows(RegelsOntbrekenException.class, () -> service.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag(REGELING, "Buurtfeest", "o", aanvraag(LocalDate.of(2024, 12, 31), 100)), "ambtenaar"));
        assertTrue(oud.getMessage(), oud.getMessage().contains("2024-12-31"));
        assertThrows(RegelsOntbrekenException.class, () -> service.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag("andere-regeling", "Buurtfeest", "o", aanvraag(MAANDAG, 100)), "inwoner"));
        assertThrows(RegelsOntbrekenException.class, () -> service.dienUitdaagverzoekIn(DOETINCHEM, new NieuwUitdaagverzoek("Groen",
                "o", Optional.empty(), new Uitdaagverzoek(MAANDAG, "Groen", false, 0, 25, Set.of())), "inwoner"));
        assertThrows(RegelsOntbrekenException.class, () -> service.legTerInzage(DOETINCHEM, inspraak(MAANDAG, Onderwerp.OVERIG),
                "ambtenaar"));
        assertTrue(store.initiatieven.isEmpty());

        // rules removed after submission: the besluit fails closed and the application stays as it was
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        register.regelingen.clear();
        assertThrows(RegelsOntbrekenException.class, () -> service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(),
                "ambtenaar"));
        assertEquals(Status.AANGEVRAAGD, store.get(DH, aanvraag.id()).status());
        assertTrue(store.besluiten.isEmpty());
        assertTrue(budgetten.geboekt.isEmpty());
    }

    @Test
    public void theSchemeSetsTheTermAndTheClockStopsWhileAanvullingIsAsked() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        // art. 4:13 Awb in the scheme: eight weeks from the day after receipt, so until Monday 28 July
        assertEquals(LocalDate.of(2025, 7, 28), gegevens(aanvraag).beslistTot());
        assertEquals(Status.AANGEVRAAGD, aanvraag.status());

        klok.zet(MAANDAG.plusDays(8));
        Initiatief wacht = service.vraagAanvulling(DH, aanvraag.id(), "De begroting ontbreekt", "ambtenaar");
        assertEquals(Status.AANVULLING_GEVRAAGD, wacht.status());
        assertEquals(Optional.of(MAANDAG.plusDays(8)), gegevens(wacht).opgeschortSinds());

        // supplemented 14 days later: the term moves on by those 14 days
        klok.zet(MAANDAG.plusDays(22));
        Subsidieaanvraag aangevuld = new Subsidieaanvraag(MAANDAG, MAANDAG.plusDays(40), 200_00, Schaal.BUURT,
                Optional.of(MOERWIJK), 40, List.of(), Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK));
        Initiatief weer = service.vulAan(DH, aanvraag.id(), new NieuweSubsidieaanvraag(REGELING, "Buurtfeest", "o", aangevuld),
                "inwoner");
        assertEquals(Status.AANGEVRAAGD, weer.status());
        assertEquals(LocalDate.of(2025, 8, 11), gegevens(weer).beslistTot());
        assertEquals(Optional.empty(), gegevens(weer).opgeschortSinds());
        assertEquals(200_00, gegevens(weer).aanvraag().gevraagdInCenten());

        // a supplement never changes the day of submission (it picks the rules), and only follows a request
        service.vraagAanvulling(DH, aanvraag.id(), "Nog een handtekening", "ambtenaar");
        Subsidieaanvraag verschoven = new Subsidieaanvraag(MAANDAG.plusDays(1), MAANDAG.plusDays(40), 200_00, Schaal.BUURT,
                Optional.empty(), 40, List.of(), Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK));
        assertEquals(Set.of("ingediendOp"), velden(assertThrows(OngeldigeInvoerException.class, () -> service.vulAan(DH,
                aanvraag.id(), new NieuweSubsidieaanvraag(REGELING, "t", "o", verschoven), "inwoner"))));
        service.vulAan(DH, aanvraag.id(), new NieuweSubsidieaanvraag(REGELING, "t", "o", aangevuld), "inwoner");
        assertThrows(OvergangNietToegestaanException.class, () -> service.vulAan(DH, aanvraag.id(),
                new NieuweSubsidieaanvraag(REGELING, "t", "o", aangevuld), "inwoner"));
        assertEquals(List.of(Status.AANGEVRAAGD, Status.AANVULLING_GEVRAAGD, Status.AANGEVRAAGD, Status.AANVULLING_GEVRAAGD,
                Status.AANGEVRAAGD), store.overgangen(DH, aanvraag.id()).stream().map(Overgang::naar).toList());
    }

    @Test
    public void theRulesAskingForMoreStopTheClockWithAReasonedBesluit() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        oordeel = a -> Beoordeling.aanvullingNodig(List.of(new Reden("art. 4 lid 2 Subsidieregeling", "Vier handtekeningen nodig.")));
        klok.zet(MAANDAG.plusDays(3));
        Besluit besluit = service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
        assertEquals(Beoordeling.Uitkomst.AANVULLING_NODIG, besluit.uitkomst());
        Initiatief nu = store.get(DH, aanvraag.id());
        assertEquals(Status.AANVULLING_GEVRAAGD, nu.status());
        assertEquals(Optional.of(MAANDAG.plusDays(3)), gegevens(nu).opgeschortSinds());
        assertTrue(budgetten.geboekt.isEmpty());
    }

    // ---- besluit

    @Test
    public void aBesluitRecordsTheRulesOfTheDayOfSubmissionWithTheirReasons() {
        // submitted under the first scheme, decided after the second took effect
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 400_00));
        String budget = budgetten.open(DH, "Bewonersinitiatieven 2025", null, REGELING, 10_000_00);
        klok.zet(LocalDate.of(2025, 7, 15));
        Besluit besluit = service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar-denhaag");

        assertEquals(Besluit.Besluittype.SUBSIDIEVERLENING, besluit.soort());
        assertEquals(Beoordeling.Uitkomst.TOEGEKEND, besluit.uitkomst());
        assertEquals(Optional.of(Bedrag.euro(400)), besluit.bedrag());
        assertEquals(MAANDAG, besluit.peildatum());
        assertEquals(new Besluit.Herkomst("Subsidieregeling bewonersinitiatieven Den Haag 2025", "gemeenteblad 2024, 1234",
                LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2025, 6, 30)), "nl.samenspraak.gemeente-" + DH, "1.0.0"),
                besluit.regels());
        assertEquals(List.of(new Reden("art. 5 Subsidieregeling bewonersinitiatieven Den Haag", "Voldoet aan de voorwaarden.")),
                besluit.redenen());
        assertEquals("ambtenaar-denhaag", besluit.genomenDoor());
        assertEquals(klok.instant(), besluit.genomenOp());
        assertEquals(List.of(besluit), store.besluiten(DH, aanvraag.id()));

        Initiatief verleend = store.get(DH, aanvraag.id());
        assertEquals(Status.VERLEEND, verleend.status());
        assertEquals(Optional.of(budget), gegevens(verleend).budgetId());
        assertEquals(Optional.of(Bedrag.euro(400)), gegevens(verleend).verleend());
        assertEquals(List.of(new Geboekt(budget, BoekingSoort.TOEKENNING, Bedrag.euro(400), aanvraag.id())), budgetten.geboekt);

        // decided once: a second decision is refused, nothing more is booked
        assertThrows(OvergangNietToegestaanException.class, () -> service.beslisOpSubsidieaanvraag(DH, aanvraag.id(),
                Optional.empty(), "ambtenaar"));
        assertEquals(1, budgetten.geboekt.size());
    }

    @Test
    public void aRefusalByTheRulesBooksNothing() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        budgetten.open(DH, "Bewonersinitiatieven", null, REGELING, 10_000_00);
        oordeel = a -> Beoordeling.afgewezen(List.of(new Reden("art. 3 Subsidieregeling", "Politieke activiteit.")));
        Besluit besluit = service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
        assertEquals(Beoordeling.Uitkomst.AFGEWEZEN, besluit.uitkomst());
        assertEquals(Optional.empty(), besluit.bedrag());
        assertEquals(Status.AFGEWEZEN, store.get(DH, aanvraag.id()).status());
        assertTrue(budgetten.geboekt.isEmpty());
    }

    @Test
    public void theWijkBudgetIsPreferredAndAnAmbiguousChoiceNamesTheCandidates() {
        String stad = budgetten.open(DH, "Heel Den Haag", null, REGELING, 10_000_00);
        String moerwijk = budgetten.open(DH, "Moerwijk", MOERWIJK, REGELING, 10_000_00);
        budgetten.open(DH, "Andere regeling", MOERWIJK, "wijkbudget", 10_000_00);
        budgetten.open(DH, "Vorig jaar", MOERWIJK, REGELING, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 10_000_00);
        budgetten.open(DOETINCHEM, "Andere gemeente", null, REGELING, 10_000_00);

        Initiatief inMoerwijk = dienIn(aanvraag(MAANDAG, 100_00, MOERWIJK));
        service.beslisOpSubsidieaanvraag(DH, inMoerwijk.id(), Optional.empty(), "ambtenaar");
        assertEquals(Optional.of(moerwijk), gegevens(store.get(DH, inMoerwijk.id())).budgetId());

        Initiatief zonderWijk = dienIn(aanvraag(MAANDAG, 100_00));
        service.beslisOpSubsidieaanvraag(DH, zonderWijk.id(), Optional.empty(), "ambtenaar");
        assertEquals(Optional.of(stad), gegevens(store.get(DH, zonderWijk.id())).budgetId());

        Initiatief inSpoorwijk = dienIn(aanvraag(MAANDAG, 100_00, SPOORWIJK));
        service.beslisOpSubsidieaanvraag(DH, inSpoorwijk.id(), Optional.empty(), "ambtenaar");
        assertEquals(Optional.of(stad), gegevens(store.get(DH, inSpoorwijk.id())).budgetId());

        // a second Moerwijk budget of the scheme: which one is not for the platform to guess
        String tweede = budgetten.open(DH, "Moerwijk extra", MOERWIJK, REGELING, 10_000_00);
        Initiatief twijfel = dienIn(aanvraag(MAANDAG, 100_00, MOERWIJK));
        int geboekt = budgetten.geboekt.size();
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> service.beslisOpSubsidieaanvraag(DH,
                twijfel.id(), Optional.empty(), "ambtenaar"));
        assertEquals(Set.of("budgetId"), velden(e));
        assertTrue(e.getMessage(), e.getMessage().contains(moerwijk) && e.getMessage().contains(tweede));
        assertEquals(Status.AANGEVRAAGD, store.get(DH, twijfel.id()).status());
        assertEquals(geboekt, budgetten.geboekt.size());
        assertTrue(store.besluiten(DH, twijfel.id()).isEmpty());

        // naming one settles it; another gemeente's budget does not exist here
        String anders = budgetten.budgetten.values().stream().filter(b -> b.gemeente().equals(DOETINCHEM)).findFirst()
                .orElseThrow().id();
        assertEquals(Set.of("budgetId"), velden(assertThrows(OngeldigeInvoerException.class,
                () -> service.beslisOpSubsidieaanvraag(DH, twijfel.id(), Optional.of(anders), "ambtenaar"))));
        service.beslisOpSubsidieaanvraag(DH, twijfel.id(), Optional.of(tweede), "ambtenaar");
        assertEquals(Optional.of(tweede), gegevens(store.get(DH, twijfel.id())).budgetId());
    }

    @Test
    public void aNamedBudgetMustFitTheSchemeThePeriodAndTheWijk() {
        String wijkbudget = budgetten.open(DH, "Wijkbudget Moerwijk", MOERWIJK, "wijkbudget", 10_000_00);
        String vorigJaar = budgetten.open(DH, "Vorig jaar", null, REGELING, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                10_000_00);
        String spoorwijk = budgetten.open(DH, "Spoorwijk", SPOORWIJK, REGELING, 10_000_00);
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100_00, MOERWIJK));
        for (String budget : List.of(wijkbudget, vorigJaar, spoorwijk)) {
            assertEquals(budget, Set.of("budgetId"), velden(assertThrows(OngeldigeInvoerException.class,
                    () -> service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.of(budget), "ambtenaar"))));
        }
        assertTrue(budgetten.geboekt.isEmpty());
        assertEquals(Status.AANGEVRAAGD, store.get(DH, aanvraag.id()).status());
    }

    @Test
    public void aGrantBeyondThePlafondIsRefusedCitingTheAwb() {
        String budget = budgetten.open(DH, "Bijna op", null, REGELING, 300_00);
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 400_00));
        Besluit besluit = service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
        assertEquals(Beoordeling.Uitkomst.AFGEWEZEN, besluit.uitkomst());
        assertEquals(Optional.empty(), besluit.bedrag());
        assertEquals("art. 4:25 lid 2 Awb", besluit.redenen().get(0).artikel());
        assertTrue(besluit.redenen().get(0).toelichting(), besluit.redenen().get(0).toelichting().contains("300.00")
                && besluit.redenen().get(0).toelichting().contains("400.00"));
        assertEquals("1.0.0", besluit.regels().bundelversie());
        assertEquals(Status.AFGEWEZEN, store.get(DH, aanvraag.id()).status());
        assertEquals(List.of(besluit), store.besluiten(DH, aanvraag.id()));
        assertTrue(budgetten.geboekt.isEmpty());
        assertEquals(Bedrag.euro(300), budgetten.find(DH, budget).orElseThrow().beschikbaar());
    }

    // ---- vaststelling

    @Test
    public void aSettlementBelowTheGrantPaysTheCostsAndReleasesTheRest() {
        String budget = budgetten.open(DH, "Bewonersinitiatieven", null, REGELING, 10_000_00);
        Initiatief aanvraag = verleend(400_00);
        Besluit verlening = store.besluiten(DH, aanvraag.id()).get(0);
        service.verantwoord(DH, aanvraag.id(), Bedrag.euro(350), " Het feest was een succes ", "inwoner");
        assertEquals(Optional.of("Het feest was een succes"), gegevens(store.get(DH, aanvraag.id())).verantwoording());

        klok.zet(MAANDAG.plusDays(90));
        Besluit vaststelling = service.stelSubsidieVast(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
        assertEquals(Besluit.Besluittype.SUBSIDIEVASTSTELLING, vaststelling.soort());
        assertEquals(Optional.of(Bedrag.euro(350)), vaststelling.bedrag());
        assertEquals("art. 4:46 lid 1 Awb", vaststelling.redenen().get(0).artikel());
        assertTrue(vaststelling.redenen().get(0).toelichting().contains("50.00"));
        assertEquals(verlening.peildatum(), vaststelling.peildatum());
        assertEquals(verlening.regels(), vaststelling.regels());
        assertEquals(List.of(new Geboekt(budget, BoekingSoort.TOEKENNING, Bedrag.euro(400), aanvraag.id()),
                new Geboekt(budget, BoekingSoort.UITBETALING, Bedrag.euro(350), aanvraag.id()),
                new Geboekt(budget, BoekingSoort.VRIJVAL, Bedrag.euro(50), aanvraag.id())), budgetten.geboekt);
        Initiatief vastgesteld = store.get(DH, aanvraag.id());
        assertEquals(Status.VASTGESTELD, vastgesteld.status());
        assertEquals(Optional.of(Bedrag.euro(350)), gegevens(vastgesteld).vastgesteld());
        // 10000 - 400 granted + 50 released
        assertEquals(Bedrag.euro(9650), budgetten.find(DH, budget).orElseThrow().beschikbaar());
    }

    @Test
    public void aSettlementAboveTheGrantIsRefusedAndNothingIsBooked() {
        budgetten.open(DH, "Bewonersinitiatieven", null, REGELING, 10_000_00);
        Initiatief aanvraag = verleend(400_00);
        service.verantwoord(DH, aanvraag.id(), Bedrag.euro(500), "Duurder uitgevallen", "inwoner");
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> service.stelSubsidieVast(DH,
                aanvraag.id(), Optional.of(Bedrag.euro(450)), "ambtenaar"));
        assertEquals("bedrag", e.veld());
        assertEquals("art. 4:46 lid 2 Awb", e.redenen().get(0).artikel());
        assertTrue(e.getMessage(), e.getMessage().contains("400.00"));
        assertEquals(Status.VERANTWOORD, store.get(DH, aanvraag.id()).status());
        assertEquals(1, budgetten.geboekt.size());
        assertEquals(1, store.besluiten(DH, aanvraag.id()).size());
        // by default the lower of grant and costs: the grant
        assertEquals(Optional.of(Bedrag.euro(400)), service.stelSubsidieVast(DH, aanvraag.id(), Optional.empty(), "ambtenaar")
                .bedrag());
        assertEquals(2, budgetten.geboekt.size());
    }

    // ---- inspraak

    @Test
    public void aZienswijzeAfterTheTermIsRefusedCitingTheTermsArticle() {
        Initiatief inspraak = service.legTerInzage(DH, inspraak(MAANDAG, Onderwerp.OVERIG), "ambtenaar");
        Inspraakgegevens g = inspraak.gegevens(Inspraakgegevens.class);
        // six weeks from the first day ter inzage (art. 3:16 Awb): the last day is Sunday 13 July
        assertEquals(LocalDate.of(2025, 7, 13), g.zienswijzenTot());
        assertEquals(LocalDate.of(2025, 7, 14).plusWeeks(12).minusDays(1), g.reactienotaTot());

        klok.zet(LocalDate.of(2025, 7, 20));
        service.dienZienswijzeIn(DH, inspraak.id(), zienswijze(LocalDate.of(2025, 7, 13), true, 30), "inwoner");
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> service.dienZienswijzeIn(DH,
                inspraak.id(), zienswijze(LocalDate.of(2025, 7, 14), true, 30), "inwoner"));
        assertEquals("ontvangenOp", e.veld());
        assertEquals(List.of("art. 3:16 lid 1 Awb"), e.redenen().stream().map(Reden::artikel).toList());
        assertTrue(e.getMessage(), e.getMessage().contains("2025-07-13"));
        assertEquals(1, store.zienswijzen(DH, inspraak.id()).size());
    }

    @Test
    public void aZienswijzeFromOutsideTheCircleIsRefused() {
        Initiatief inspraak = service.legTerInzage(DH, inspraak(MAANDAG, Onderwerp.OVERIG), "ambtenaar");
        for (NieuweZienswijze buiten : List.of(zienswijze(MAANDAG, false, 30), zienswijze(MAANDAG, true, 15))) {
            VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> service.dienZienswijzeIn(DH,
                    inspraak.id(), buiten, "inwoner"));
            assertEquals("indiener", e.veld());
            assertEquals(List.of("art. 2 Inspraakverordening Den Haag"), e.redenen().stream().map(Reden::artikel).toList());
            assertTrue(e.getMessage(), e.getMessage().contains("ingezetenen van 16 jaar of ouder"));
        }
        // too late and outside the circle: both reasons at once
        klok.zet(LocalDate.of(2025, 8, 1));
        VerzoekGeweigerdException beide = assertThrows(VerzoekGeweigerdException.class, () -> service.dienZienswijzeIn(DH,
                inspraak.id(), zienswijze(LocalDate.of(2025, 7, 30), false, 30), "inwoner"));
        assertEquals(2, beide.redenen().size());
        assertTrue(store.zienswijzen(DH, inspraak.id()).isEmpty());
        assertEquals(Set.of("leeftijd", "inhoud"), velden(assertThrows(OngeldigeInvoerException.class,
                () -> service.dienZienswijzeIn(DH, inspraak.id(), new NieuweZienswijze(" ", MAANDAG, true, false, 131), "inwoner"))));
    }

    @Test
    public void theReactienotaFollowsTheTermAndAnswersEveryZienswijze() {
        Initiatief inspraak = service.legTerInzage(DH, inspraak(MAANDAG, Onderwerp.OVERIG), "ambtenaar");
        Zienswijze z = service.dienZienswijzeIn(DH, inspraak.id(), zienswijze(MAANDAG, true, 30), "inwoner");
        klok.zet(LocalDate.of(2025, 7, 13)); // the last day of the term
        OvergangNietToegestaanException vroeg = assertThrows(OvergangNietToegestaanException.class,
                () -> service.stelReactienotaVast(DH, inspraak.id(), "Reactie", Map.of(z.id(), "Dank"), "ambtenaar"));
        assertTrue(vroeg.getMessage(), vroeg.getMessage().contains("2025-07-13"));
        assertEquals(Status.TER_INZAGE, store.get(DH, inspraak.id()).status());

        klok.zet(LocalDate.of(2025, 7, 14));
        assertThrows(OngeldigeInvoerException.class, () -> service.stelReactienotaVast(DH, inspraak.id(), "Reactie", Map.of(),
                "ambtenaar"));
        Initiatief klaar = service.stelReactienotaVast(DH, inspraak.id(), "Reactie", Map.of(z.id(), "Dank"), "ambtenaar");
        assertEquals(Status.REACTIENOTA_VASTGESTELD, klaar.status());
        assertEquals(Optional.of("Dank"), store.zienswijzen(DH, inspraak.id()).get(0).antwoord());
        // the draft no longer lies ter inzage
        assertThrows(OvergangNietToegestaanException.class, () -> service.dienZienswijzeIn(DH, inspraak.id(),
                zienswijze(MAANDAG, true, 30), "ambtenaar"));
    }

    @Test
    public void anExcludedSubjectGetsNoInspraak() {
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> service.legTerInzage(DH,
                inspraak(MAANDAG, Onderwerp.BELASTINGEN), "ambtenaar"));
        assertEquals("onderwerp", e.veld());
        assertEquals(List.of("art. 3 Inspraakverordening Den Haag"), e.redenen().stream().map(Reden::artikel).toList());
        assertTrue(store.initiatieven.isEmpty());
    }

    // ---- other gemeenten and kinds

    @Test
    public void anotherGemeentesInitiativeIsNotFound() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        register.regelingen.add(geldend(new Regeling(RegelsInfo.vanaf("Doetinchem", "x", LocalDate.of(2025, 1, 1))), DOETINCHEM,
                "1.0.0"));
        assertThrows(InitiatiefNietGevondenException.class, () -> service.get(DOETINCHEM, aanvraag.id()));
        assertThrows(InitiatiefNietGevondenException.class, () -> service.beslisOpSubsidieaanvraag(DOETINCHEM, aanvraag.id(),
                Optional.empty(), "ambtenaar"));
        assertThrows(InitiatiefNietGevondenException.class, () -> service.besluiten(DOETINCHEM, aanvraag.id()));
        // nor is it an uitdaagverzoek or inspraak under its own gemeente
        assertThrows(InitiatiefNietGevondenException.class, () -> service.beslisOpUitdaagverzoek(DH, aanvraag.id(), "ambtenaar"));
        assertThrows(InitiatiefNietGevondenException.class, () -> service.zienswijzen(DH, aanvraag.id()));
    }

    @Test
    public void anUitdaagverzoekIsJudgedByTheOrdinanceOfItsDayOfReceipt() {
        Initiatief verzoek = service.dienUitdaagverzoekIn(DH, uitdaagverzoek(), "inwoner");
        assertEquals(Status.INGEDIEND, verzoek.status());
        klok.zet(MAANDAG.plusDays(10));
        Besluit besluit = service.beslisOpUitdaagverzoek(DH, verzoek.id(), "ambtenaar");
        assertEquals(Beoordeling.Uitkomst.TOEGEKEND, besluit.uitkomst());
        assertEquals(MAANDAG, besluit.peildatum());
        assertEquals(Optional.empty(), besluit.bedrag());
        assertEquals(Status.TOEGEKEND, store.get(DH, verzoek.id()).status());
        assertEquals(Set.of("verzoek"), velden(assertThrows(OngeldigeInvoerException.class, () -> service.dienUitdaagverzoekIn(DH,
                new NieuwUitdaagverzoek("t", "o", Optional.empty(), null), "inwoner"))));
    }

    @Test
    public void anOrdinanceWithoutUitdaagrechtIsAnsweredWithItsOwnReasonNotARefusalItNeverMade() {
        Reden geen = new Reden("art. 1 Inspraakverordening Den Haag 2010", "Deze verordening regelt geen uitdaagrecht.");
        register.verordeningen.put(DH, geldend(new ZonderUitdaagrecht(geen), DH, "1.0.0"));

        VerzoekGeweigerdException fout = assertThrows(VerzoekGeweigerdException.class,
                () -> service.dienUitdaagverzoekIn(DH, uitdaagverzoek(), "inwoner"));
        assertEquals("verzoek", fout.veld());
        assertEquals(List.of(geen), fout.redenen());
    }

    // ---- helpers

    /** An older inspraakverordening: it says it has no uitdaagrecht, and is never asked to judge one. */
    private record ZonderUitdaagrecht(Reden waarom) implements Verordening {
        private static final Ordonnantie ANDERS = new Ordonnantie();

        @Override
        public RegelsInfo info() {
            return ANDERS.info();
        }

        @Override
        public Termijn zienswijzetermijn(Besluitsoort soort) {
            return ANDERS.zienswijzetermijn(soort);
        }

        @Override
        public Inspraakrecht inspraakrecht(Besluitsoort soort) {
            return ANDERS.inspraakrecht(soort);
        }

        @Override
        public Optional<Reden> uitgesloten(Onderwerp onderwerp) {
            return ANDERS.uitgesloten(onderwerp);
        }

        @Override
        public Termijn reactienotatermijn() {
            return ANDERS.reactienotatermijn();
        }

        @Override
        public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
            throw new UnsupportedOperationException("geen uitdaagrecht");
        }

        @Override
        public Termijn uitdaagrechtBeslistermijn() {
            throw new UnsupportedOperationException("geen uitdaagrecht");
        }

        @Override
        public Optional<Reden> zonderUitdaagrecht() {
            return Optional.of(waarom);
        }
    }

    private Initiatief dienIn(Subsidieaanvraag aanvraag) {
        return service.dienSubsidieaanvraagIn(DH, new NieuweSubsidieaanvraag(REGELING, " Buurtfeest ", "Een feest", aanvraag),
                "inwoner");
    }

    private Initiatief verleend(long centen) {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, centen));
        service.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
        assertEquals(Status.VERLEEND, store.get(DH, aanvraag.id()).status());
        return aanvraag;
    }

    private static Subsidieaanvraag aanvraag(LocalDate ingediendOp, long centen) {
        return aanvraag(ingediendOp, centen, null);
    }

    private static Subsidieaanvraag aanvraag(LocalDate ingediendOp, long centen, String wijk) {
        return new Subsidieaanvraag(ingediendOp, ingediendOp.plusDays(30), centen, Schaal.BUURT, Optional.ofNullable(wijk), 40,
                List.of(), Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK));
    }

    private static NieuwUitdaagverzoek uitdaagverzoek() {
        return new NieuwUitdaagverzoek("Groen Zuiderpark", "Wij onderhouden het groen", Optional.of(MOERWIJK),
                new Uitdaagverzoek(MAANDAG, "Onderhoud van het groen", false, 0, 25, Set.of()));
    }

    private static NieuweInspraak inspraak(LocalDate vanaf, Onderwerp onderwerp) {
        return new NieuweInspraak("Ontwerp groenbeleid", "Ontwerpnota", Optional.empty(), Besluitsoort.BELEIDSNOTA, onderwerp,
                vanaf);
    }

    private static NieuweZienswijze zienswijze(LocalDate ontvangenOp, boolean ingezetene, int leeftijd) {
        return new NieuweZienswijze("Meer bomen graag", ontvangenOp, ingezetene, false, leeftijd);
    }

    private static Subsidiegegevens gegevens(Initiatief i) {
        return i.gegevens(Subsidiegegevens.class);
    }

    private static Set<String> velden(OngeldigeInvoerException e) {
        return e.overtredingen().stream().map(Overtreding::veld).collect(Collectors.toSet());
    }

    private static <T extends Regels> GeldendeRegels<T> geldend(T regels, String gemeente, String versie) {
        return new GeldendeRegels<>(regels, regels.info(), "nl.samenspraak.gemeente-" + gemeente, versie);
    }

    // ---- fakes

    /** A clock the test moves from day to day; always noon in The Hague. */
    static final class Klok extends Clock {
        private Instant nu;

        Klok(LocalDate dag) {
            zet(dag);
        }

        void zet(LocalDate dag) {
            nu = dag.atTime(12, 0).atZone(NL).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return NL;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    final class Regeling implements Subsidieregeling {
        private final RegelsInfo info;

        Regeling(RegelsInfo info) {
            this.info = info;
        }

        @Override
        public RegelsInfo info() {
            return info;
        }

        @Override
        public String regeling() {
            return InitiatievenTest.REGELING; // not the inherited Subsidieregeling.REGELING
        }

        @Override
        public Regelingsfeiten feiten() {
            return new Regelingsfeiten(Map.of(Schaal.BUURT, 1_500_00L), Period.ZERO, 18, 0, 0,
                    Termijn.weken(8, "art. 4:13 Awb", "Binnen acht weken."));
        }

        @Override
        public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
            return oordeel.apply(aanvraag);
        }
    }

    static final class Ordonnantie implements Verordening {
        @Override
        public RegelsInfo info() {
            return RegelsInfo.vanaf("Inspraakverordening Den Haag", "gemeenteblad 2024, 99", LocalDate.of(2025, 1, 1));
        }

        @Override
        public Termijn zienswijzetermijn(Besluitsoort soort) {
            return Termijn.weken(6, "art. 3:16 lid 1 Awb", "Zes weken.");
        }

        @Override
        public Inspraakrecht inspraakrecht(Besluitsoort soort) {
            return new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN, 16, new Reden("art. 2 Inspraakverordening Den Haag",
                    "Ingezetenen van 16 jaar en ouder."));
        }

        @Override
        public Optional<Reden> uitgesloten(Onderwerp onderwerp) {
            return onderwerp == Onderwerp.BELASTINGEN ? Optional.of(new Reden("art. 3 Inspraakverordening Den Haag",
                    "Geen inspraak op belastingen.")) : Optional.empty();
        }

        @Override
        public Termijn reactienotatermijn() {
            return Termijn.weken(12, "art. 6 Inspraakverordening Den Haag", "Twaalf weken.");
        }

        @Override
        public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
            return Beoordeling.toegekend(0, List.of(new Reden("art. 8 Participatieverordening", "Voldoet.")));
        }

        @Override
        public Termijn uitdaagrechtBeslistermijn() {
            return Termijn.weken(8, "art. 4:13 Awb", "Acht weken.");
        }
    }

    /** Rules by gemeente and validity, like the platform's register. */
    static final class Register implements RegelsRegister {
        final List<GeldendeRegels<Subsidieregeling>> regelingen = new ArrayList<>();
        final Map<String, GeldendeRegels<Verordening>> verordeningen = new HashMap<>();

        @Override
        public Optional<GeldendeRegels<Verordening>> verordening(String gemeente, LocalDate datum) {
            return Optional.ofNullable(verordeningen.get(gemeente)).filter(v -> v.info().geldigOp(datum));
        }

        @Override
        public Optional<GeldendeRegels<Subsidieregeling>> subsidieregeling(String gemeente, String regeling, LocalDate datum) {
            return regelingen.stream().filter(r -> r.bundel().endsWith(gemeente) && r.regels().regeling().equals(regeling)
                    && r.info().geldigOp(datum)).findFirst();
        }

        @Override
        public Optional<GeldendeRegels<Toewijzingsproces>> toewijzingsproces(String gemeente, String proces, LocalDate datum) {
            return Optional.empty();
        }

        @Override
        public List<GeldendeRegels<Regels>> alle(String gemeente) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Registry implements GemeenteRegistry {
        private final Map<String, Gemeente> gemeenten = Map.of(
                DH, new Gemeente(DH, "'s-Gravenhage", List.of(new Wijk(MOERWIJK, "Moerwijk"), new Wijk(SPOORWIJK, "Spoorwijk"))),
                DOETINCHEM, new Gemeente(DOETINCHEM, "Doetinchem", List.of()));

        @Override
        public List<Gemeente> list() {
            return List.copyOf(gemeenten.values());
        }

        @Override
        public Optional<Gemeente> find(String code) {
            return Optional.ofNullable(gemeenten.get(code));
        }
    }

    record Geboekt(String budget, BoekingSoort soort, Bedrag bedrag, String referentie) {
    }

    /** Budgets with their saldo; bookings under the plafond rule, all of a change or none. */
    static final class Budgetten implements BudgetService {
        final Map<String, Budget> budgetten = new LinkedHashMap<>();
        final List<Geboekt> geboekt = new ArrayList<>();

        String open(String gemeente, String naam, String wijk, String regeling, long plafond) {
            return open(gemeente, naam, wijk, regeling, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), plafond);
        }

        String open(String gemeente, String naam, String wijk, String regeling, LocalDate van, LocalDate tot, long plafond) {
            String id = UUID.randomUUID().toString();
            budgetten.put(id, new Budget(id, gemeente, naam, Optional.ofNullable(wijk), Optional.ofNullable(regeling), van, tot,
                    Saldo.leeg(Bedrag.centen(plafond))));
            return id;
        }

        /** Books all or nothing; a grant beyond what is available is refused like the ledger refuses it. */
        void boek(String gemeente, List<InitiatiefStore.Boekingsopdracht> opdrachten) {
            Map<String, Saldo> nieuw = new HashMap<>();
            for (InitiatiefStore.Boekingsopdracht o : opdrachten) {
                Budget b = find(gemeente, o.budgetId()).orElseThrow(() -> new IllegalStateException("no budget " + o.budgetId()));
                Saldo saldo = nieuw.getOrDefault(b.id(), b.saldo());
                NieuweBoeking boeking = o.boeking();
                if ((boeking.soort() == BoekingSoort.TOEKENNING || boeking.soort() == BoekingSoort.RESERVERING)
                        && boeking.bedrag().groterDan(saldo.beschikbaar())) {
                    throw new PlafondOverschredenException(boeking.soort(), boeking.bedrag(), saldo.beschikbaar());
                }
                nieuw.put(b.id(), saldo.met(boeking.soort(), boeking.bedrag()));
            }
            nieuw.forEach((id, saldo) -> {
                Budget b = budgetten.get(id);
                budgetten.put(id, new Budget(b.id(), b.gemeente(), b.naam(), b.wijk(), b.regeling(), b.van(), b.tot(), saldo));
            });
            opdrachten.forEach(o -> geboekt.add(new Geboekt(o.budgetId(), o.boeking().soort(), o.boeking().bedrag(),
                    o.boeking().referentie())));
        }

        @Override
        public List<Budget> list(String gemeente) {
            return budgetten.values().stream().filter(b -> b.gemeente().equals(gemeente)).toList();
        }

        @Override
        public Optional<Budget> find(String gemeente, String budgetId) {
            return Optional.ofNullable(budgetten.get(budgetId)).filter(b -> b.gemeente().equals(gemeente));
        }

        @Override
        public List<Overtreding> validate(String gemeente, NieuwBudget nieuw) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Budget create(String gemeente, NieuwBudget nieuw) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Overtreding> validate(NieuweBoeking boeking) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Boeking book(String gemeente, String budgetId, NieuweBoeking boeking, String door) {
            throw new UnsupportedOperationException("the service books through the store, in the change's transaction");
        }

        @Override
        public List<Boeking> ledger(String gemeente, String budgetId) {
            throw new UnsupportedOperationException();
        }
    }

    /** In memory, per gemeente, refusing what the JPA store refuses; a refused change leaves no trace. */
    final class Store implements InitiatiefStore {
        final Map<String, Initiatief> initiatieven = new LinkedHashMap<>();
        final Map<String, List<Overgang>> overgangen = new HashMap<>();
        final Map<String, List<Besluit>> besluiten = new HashMap<>();
        final Map<String, List<Zienswijze>> zienswijzen = new HashMap<>();
        final Map<String, List<Deelname>> deelnames = new HashMap<>();

        Initiatief get(String gemeente, String id) {
            return find(gemeente, id).orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, id));
        }

        @Override
        public Initiatief create(String gemeente, NieuwInitiatief nieuw, String door, Instant op) {
            Status begin = Levenscyclus.begin(nieuw.gegevens().soort());
            Initiatief i = new Initiatief(UUID.randomUUID().toString(), gemeente, begin, nieuw.titel(), nieuw.omschrijving(),
                    nieuw.wijk(), door, op, nieuw.gegevens());
            initiatieven.put(i.id(), i);
            overgangen.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(new Overgang(1, Optional.empty(), begin, door, op,
                    "Aangemaakt"));
            deelnames.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(new Deelname(door, Participatierol.INITIATIEFNEMER,
                    door, op));
            return i;
        }

        @Override
        public List<Initiatief> list(String gemeente, Filter filter) {
            return initiatieven.values().stream().filter(i -> i.gemeente().equals(gemeente)).toList();
        }

        @Override
        public Optional<Initiatief> find(String gemeente, String id) {
            return Optional.ofNullable(initiatieven.get(id)).filter(i -> i.gemeente().equals(gemeente));
        }

        @Override
        public Initiatief wijzig(String gemeente, String id, Wijziging w) {
            Initiatief i = get(gemeente, id);
            if (i.status() != w.van()) {
                throw new OvergangNietToegestaanException("moved on to " + i.status(), i.status());
            }
            Levenscyclus.controleer(w.gegevens().soort(), w.van(), w.naar());
            budgetten.boek(gemeente, w.boekingen());
            w.besluit().ifPresent(b -> besluiten.computeIfAbsent(id, k -> new ArrayList<>()).add(b));
            Initiatief nieuw = i.met(w.naar(), w.gegevens());
            initiatieven.put(id, nieuw);
            List<Overgang> log = overgangen.get(id);
            log.add(new Overgang(log.size() + 1, Optional.of(w.van()), w.naar(), w.door(), w.op(), w.toelichting()));
            return nieuw;
        }

        @Override
        public Initiatief stelReactienotaVast(String gemeente, String id, Wijziging w, Map<String, String> antwoorden) {
            get(gemeente, id);
            List<Zienswijze> lijst = zienswijzen.getOrDefault(id, List.of());
            if (!lijst.stream().map(Zienswijze::id).collect(Collectors.toSet()).equals(antwoorden.keySet())) {
                throw new OngeldigeInvoerException("antwoorden", "elke zienswijze krijgt een antwoord");
            }
            Initiatief nieuw = wijzig(gemeente, id, w);
            zienswijzen.put(id, lijst.stream().map(z -> new Zienswijze(z.id(), z.inspraakId(), z.indiener(), z.ontvangenOp(),
                    z.geregistreerdOp(), z.inhoud(), Optional.of(antwoorden.get(z.id())))).collect(Collectors.toList()));
            return nieuw;
        }

        @Override
        public Zienswijze voegZienswijzeToe(String gemeente, String inspraakId, String indiener, LocalDate ontvangenOp,
                String inhoud, Instant op) {
            Initiatief i = get(gemeente, inspraakId);
            if (i.status() != Status.TER_INZAGE) {
                throw new OvergangNietToegestaanException("niet meer ter inzage", i.status());
            }
            Zienswijze z = new Zienswijze(UUID.randomUUID().toString(), inspraakId, indiener, ontvangenOp, op, inhoud,
                    Optional.empty());
            zienswijzen.computeIfAbsent(inspraakId, k -> new ArrayList<>()).add(z);
            return z;
        }

        @Override
        public List<Overgang> overgangen(String gemeente, String id) {
            get(gemeente, id);
            return List.copyOf(overgangen.get(id));
        }

        @Override
        public List<Besluit> besluiten(String gemeente, String id) {
            get(gemeente, id);
            return List.copyOf(besluiten.getOrDefault(id, List.of()));
        }

        @Override
        public List<Zienswijze> zienswijzen(String gemeente, String inspraakId) {
            get(gemeente, inspraakId);
            return List.copyOf(zienswijzen.getOrDefault(inspraakId, List.of()));
        }

        @Override
        public List<Deelname> deelnames(String gemeente, String id) {
            get(gemeente, id);
            return List.copyOf(deelnames.get(id));
        }

        @Override
        public Deelname voegDeelnameToe(String gemeente, String id, Deelname deelname) {
            get(gemeente, id);
            deelnames.get(id).removeIf(d -> d.gebruiker().equals(deelname.gebruiker()));
            deelnames.get(id).add(deelname);
            return deelname;
        }
    }
}
