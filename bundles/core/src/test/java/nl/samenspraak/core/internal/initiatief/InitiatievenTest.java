package nl.samenspraak.core.internal.initiatief;

import static nl.samenspraak.testsupport.NepRegels.geldend;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.Test;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Wijk;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InspraakService.NieuweInspraak;
import nl.samenspraak.api.initiatief.InspraakService.NieuweZienswijze;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.UitdaagverzoekService.NieuwUitdaagverzoek;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.regels.RegelingOnbekendException;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Verordening;
import nl.samenspraak.testsupport.Klok;
import nl.samenspraak.testsupport.NepBudgetten.Geboekt;
import nl.samenspraak.testsupport.NepBudgetten;
import nl.samenspraak.testsupport.NepGemeenten;
import nl.samenspraak.testsupport.NepInitiatiefStore;
import nl.samenspraak.testsupport.NepRegels;

/**
 * The initiatives service without OSGi: an in-memory store that refuses like the JPA store does (the state
 * the caller saw, the lifecycle, the subsidieplafond, all or nothing), stub rules in a register that knows
 * their validity, and a clock the test moves.
 */
public class InitiatievenTest {

    private static final String DH = "GM0518";
    private static final String DOETINCHEM = "GM0222";
    private static final String MOERWIJK = "WK051836";
    private static final String SPOORWIJK = "WK051838";
    private static final String REGELING = "bewonersinitiatief";
    /** Monday 2 June 2025, noon in The Hague. */
    private static final LocalDate MAANDAG = LocalDate.of(2025, 6, 2);

    private final Klok klok = new Klok(MAANDAG);
    private final NepBudgetten budgetten = new NepBudgetten();
    private final NepInitiatiefStore store = new NepInitiatiefStore(budgetten);
    private final NepRegels register = new NepRegels();
    private final NepGemeenten gemeenten = new NepGemeenten(
            new Gemeente(DH, "'s-Gravenhage", List.of(new Wijk(MOERWIJK, "Moerwijk"), new Wijk(SPOORWIJK, "Spoorwijk"))),
            new Gemeente(DOETINCHEM, "Doetinchem", List.of()));
    private final Kalender kalender = klok.kalender();
    private final Initiatieven service = new Initiatieven(store, gemeenten, kalender);
    private final Subsidieaanvragen subsidieaanvragen = new Subsidieaanvragen(store, register, gemeenten, budgetten, kalender);
    private final Uitdaagverzoeken uitdaagverzoeken = new Uitdaagverzoeken(store, register, gemeenten, kalender);
    private final Inspraak inspraken = new Inspraak(store, register, gemeenten, kalender);

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
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> subsidieaanvragen.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag("Geen Sleutel!", " ", null, aanvraag), "inwoner"));
        assertEquals(Set.of("regeling", "titel", "omschrijving", "ingediendOp", "gevraagd", "wijk"), velden(e));
        assertTrue(e.getMessage(), e.getMessage().contains("WK999999"));
        assertThrows(OngeldigeInvoerException.class, () -> subsidieaanvragen.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag(REGELING, "t".repeat(Invoerregels.MAX_TITEL + 1), "o", aanvraag(MAANDAG, 100)), "inwoner"));
        assertEquals(Set.of("aanvraag"), velden(assertThrows(OngeldigeInvoerException.class,
                () -> subsidieaanvragen.dienSubsidieaanvraagIn(DH, new NieuweSubsidieaanvraag(REGELING, "t", "o", null), "inwoner"))));
        assertTrue(store.initiatieven.isEmpty());
    }

    @Test
    public void withoutRulesInForceNothingIsDecidedOrStored() {
        // Doetinchem has no rules here at all; The Hague's scheme starts on 1 January 2025
        assertThrows(RegelsOntbrekenException.class, () -> subsidieaanvragen.dienSubsidieaanvraagIn(DOETINCHEM,
                new NieuweSubsidieaanvraag(REGELING, "Buurtfeest", "o", aanvraag(MAANDAG, 100)), "inwoner"));
        RegelsOntbrekenException oud = assertThrows(RegelsOntbrekenException.class, () -> subsidieaanvragen.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag(REGELING, "Buurtfeest", "o", aanvraag(LocalDate.of(2024, 12, 31), 100)), "ambtenaar"));
        assertTrue(oud.getMessage(), oud.getMessage().contains("2024-12-31"));
        // a scheme The Hague's rules do not know in any period does not exist (404), rather than "no rules" (503)
        assertThrows(RegelingOnbekendException.class, () -> subsidieaanvragen.dienSubsidieaanvraagIn(DH,
                new NieuweSubsidieaanvraag("andere-regeling", "Buurtfeest", "o", aanvraag(MAANDAG, 100)), "inwoner"));
        assertThrows(RegelsOntbrekenException.class, () -> uitdaagverzoeken.dienUitdaagverzoekIn(DOETINCHEM, new NieuwUitdaagverzoek("Groen",
                "o", Optional.empty(), new Uitdaagverzoek(MAANDAG, "Groen", false, 0, 25, Set.of())), "inwoner"));
        assertThrows(RegelsOntbrekenException.class, () -> inspraken.legTerInzage(DOETINCHEM, inspraak(MAANDAG, Onderwerp.OVERIG),
                "ambtenaar"));
        assertTrue(store.initiatieven.isEmpty());

        // rules removed after submission: the besluit fails closed and the application stays as it was
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        register.regelingen.clear();
        assertThrows(RegelsOntbrekenException.class, () -> subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(),
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
        Initiatief wacht = subsidieaanvragen.vraagAanvulling(DH, aanvraag.id(), "De begroting ontbreekt", "ambtenaar");
        assertEquals(Status.AANVULLING_GEVRAAGD, wacht.status());
        assertEquals(Optional.of(MAANDAG.plusDays(8)), gegevens(wacht).opgeschortSinds());

        // supplemented 14 days later: the term moves on by those 14 days
        klok.zet(MAANDAG.plusDays(22));
        Subsidieaanvraag aangevuld = new Subsidieaanvraag(MAANDAG, MAANDAG.plusDays(40), 200_00, Schaal.BUURT,
                Optional.of(MOERWIJK), 40, List.of(), Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK));
        Initiatief weer = subsidieaanvragen.vulAan(DH, aanvraag.id(), new NieuweSubsidieaanvraag(REGELING, "Buurtfeest", "o", aangevuld),
                "inwoner");
        assertEquals(Status.AANGEVRAAGD, weer.status());
        assertEquals(LocalDate.of(2025, 8, 11), gegevens(weer).beslistTot());
        assertEquals(Optional.empty(), gegevens(weer).opgeschortSinds());
        assertEquals(200_00, gegevens(weer).aanvraag().gevraagdInCenten());

        // a supplement never changes the day of submission (it picks the rules), and only follows a request
        subsidieaanvragen.vraagAanvulling(DH, aanvraag.id(), "Nog een handtekening", "ambtenaar");
        Subsidieaanvraag verschoven = new Subsidieaanvraag(MAANDAG.plusDays(1), MAANDAG.plusDays(40), 200_00, Schaal.BUURT,
                Optional.empty(), 40, List.of(), Set.of(Kenmerk.OPENBAAR_TOEGANKELIJK));
        assertEquals(Set.of("ingediendOp"), velden(assertThrows(OngeldigeInvoerException.class, () -> subsidieaanvragen.vulAan(DH,
                aanvraag.id(), new NieuweSubsidieaanvraag(REGELING, "t", "o", verschoven), "inwoner"))));
        subsidieaanvragen.vulAan(DH, aanvraag.id(), new NieuweSubsidieaanvraag(REGELING, "t", "o", aangevuld), "inwoner");
        assertThrows(OvergangNietToegestaanException.class, () -> subsidieaanvragen.vulAan(DH, aanvraag.id(),
                new NieuweSubsidieaanvraag(REGELING, "t", "o", aangevuld), "inwoner"));
        assertEquals(List.of(Status.AANGEVRAAGD, Status.AANVULLING_GEVRAAGD, Status.AANGEVRAAGD, Status.AANVULLING_GEVRAAGD,
                Status.AANGEVRAAGD), store.overgangen(DH, aanvraag.id()).stream().map(Overgang::naar).toList());
    }

    @Test
    public void anAanvullingReplacesEveryFieldItCarriesAndTheDossierNamesWhatChanged() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100_00));
        subsidieaanvragen.vraagAanvulling(DH, aanvraag.id(), "Noem de wijk en het bedrag", "ambtenaar");
        Subsidieaanvraag was = gegevens(aanvraag).aanvraag();
        Subsidieaanvraag wordt = new Subsidieaanvraag(MAANDAG, was.activiteitOp(), 150_00, was.schaal(), Optional.of(MOERWIJK),
                was.leeftijdAanvrager(), List.of(34, 71), was.kenmerken());

        // another scheme is another application: refused naming the field, and nothing is stored
        OngeldigeInvoerException andereRegeling = assertThrows(OngeldigeInvoerException.class, () -> subsidieaanvragen.vulAan(DH,
                aanvraag.id(), new NieuweSubsidieaanvraag("andere-regeling", "Buurtfeest", "Een feest", wordt), "inwoner"));
        assertEquals(Set.of("regeling"), velden(andereRegeling));
        assertEquals(Status.AANVULLING_GEVRAAGD, store.get(DH, aanvraag.id()).status());

        Initiatief aangevuld = subsidieaanvragen.vulAan(DH, aanvraag.id(), new NieuweSubsidieaanvraag(REGELING,
                " Buurtfeest Moerwijk ", "Een feest voor de hele wijk", wordt), "inwoner");
        assertEquals("Buurtfeest Moerwijk", aangevuld.titel());
        assertEquals("Een feest voor de hele wijk", aangevuld.omschrijving());
        assertEquals(Optional.of(MOERWIJK), aangevuld.wijk());
        assertEquals(150_00, gegevens(aangevuld).aanvraag().gevraagdInCenten());
        assertEquals(aangevuld, store.get(DH, aanvraag.id()));
        Overgang laatste = store.overgangen(DH, aanvraag.id()).get(2);
        assertEquals("Aanvraag aangevuld; gewijzigd: titel, omschrijving, wijk (geen → WK051836), gevraagd bedrag (100.00 → 150.00), "
                + "leeftijden ondersteuners ([] → [34, 71]); de beslistermijn loopt weer", laatste.toelichting());

        subsidieaanvragen.vraagAanvulling(DH, aanvraag.id(), "Graag nog eens bevestigen", "ambtenaar");
        subsidieaanvragen.vulAan(DH, aanvraag.id(), new NieuweSubsidieaanvraag(null, "Buurtfeest Moerwijk",
                "Een feest voor de hele wijk", wordt), "inwoner");
        assertEquals("Aanvraag aangevuld zonder wijzigingen; de beslistermijn loopt weer",
                store.overgangen(DH, aanvraag.id()).get(4).toelichting());
    }

    @Test
    public void theRulesAskingForMoreStopTheClockWithAReasonedBesluit() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        oordeel = a -> Beoordeling.aanvullingNodig(List.of(new Reden("art. 4 lid 2 Subsidieregeling", "Vier handtekeningen nodig.")));
        klok.zet(MAANDAG.plusDays(3));
        Besluit besluit = subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
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
        Besluit besluit = subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar-denhaag");

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
        assertThrows(OvergangNietToegestaanException.class, () -> subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(),
                Optional.empty(), "ambtenaar"));
        assertEquals(1, budgetten.geboekt.size());
    }

    @Test
    public void aRefusalByTheRulesBooksNothing() {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 100));
        budgetten.open(DH, "Bewonersinitiatieven", null, REGELING, 10_000_00);
        oordeel = a -> Beoordeling.afgewezen(List.of(new Reden("art. 3 Subsidieregeling", "Politieke activiteit.")));
        Besluit besluit = subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
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
        subsidieaanvragen.beslisOpSubsidieaanvraag(DH, inMoerwijk.id(), Optional.empty(), "ambtenaar");
        assertEquals(Optional.of(moerwijk), gegevens(store.get(DH, inMoerwijk.id())).budgetId());

        Initiatief zonderWijk = dienIn(aanvraag(MAANDAG, 100_00));
        subsidieaanvragen.beslisOpSubsidieaanvraag(DH, zonderWijk.id(), Optional.empty(), "ambtenaar");
        assertEquals(Optional.of(stad), gegevens(store.get(DH, zonderWijk.id())).budgetId());

        Initiatief inSpoorwijk = dienIn(aanvraag(MAANDAG, 100_00, SPOORWIJK));
        subsidieaanvragen.beslisOpSubsidieaanvraag(DH, inSpoorwijk.id(), Optional.empty(), "ambtenaar");
        assertEquals(Optional.of(stad), gegevens(store.get(DH, inSpoorwijk.id())).budgetId());

        // a second Moerwijk budget of the scheme: which one is not for the platform to guess
        String tweede = budgetten.open(DH, "Moerwijk extra", MOERWIJK, REGELING, 10_000_00);
        Initiatief twijfel = dienIn(aanvraag(MAANDAG, 100_00, MOERWIJK));
        int geboekt = budgetten.geboekt.size();
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> subsidieaanvragen.beslisOpSubsidieaanvraag(DH,
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
                () -> subsidieaanvragen.beslisOpSubsidieaanvraag(DH, twijfel.id(), Optional.of(anders), "ambtenaar"))));
        subsidieaanvragen.beslisOpSubsidieaanvraag(DH, twijfel.id(), Optional.of(tweede), "ambtenaar");
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
                    () -> subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.of(budget), "ambtenaar"))));
        }
        assertTrue(budgetten.geboekt.isEmpty());
        assertEquals(Status.AANGEVRAAGD, store.get(DH, aanvraag.id()).status());
    }

    @Test
    public void aGrantBeyondThePlafondIsRefusedCitingTheAwb() {
        String budget = budgetten.open(DH, "Bijna op", null, REGELING, 300_00);
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, 400_00));
        Besluit besluit = subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
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
    public void aVerantwoordingBeforeTheActivityIsRefusedNamingTheDayFromWhichItCan() {
        budgetten.open(DH, "Bewonersinitiatieven", null, REGELING, 10_000_00);
        Initiatief aanvraag = verleend(400_00);
        LocalDate activiteit = MAANDAG.plusDays(30);
        klok.zet(activiteit.minusDays(1));
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> subsidieaanvragen.verantwoord(DH,
                aanvraag.id(), Bedrag.euro(350), "Nog niet gebeurd", "inwoner"));
        assertEquals("activiteitOp", e.veld());
        assertEquals("art. 4:45 lid 1 Awb", e.redenen().get(0).artikel());
        assertTrue(e.getMessage(), e.getMessage().contains("Verantwoorden kan vanaf " + activiteit));
        assertEquals(Status.VERLEEND, store.get(DH, aanvraag.id()).status());
        assertEquals(Optional.empty(), gegevens(store.get(DH, aanvraag.id())).verantwoording());

        klok.zet(activiteit);
        assertEquals(Status.VERANTWOORD, subsidieaanvragen.verantwoord(DH, aanvraag.id(), Bedrag.euro(350), "Vandaag gehouden",
                "inwoner").status());
    }

    @Test
    public void aSettlementBelowTheGrantPaysTheCostsAndReleasesTheRest() {
        String budget = budgetten.open(DH, "Bewonersinitiatieven", null, REGELING, 10_000_00);
        Initiatief aanvraag = verleend(400_00);
        Besluit verlening = store.besluiten(DH, aanvraag.id()).get(0);
        klok.zet(MAANDAG.plusDays(31)); // the day after the activity
        subsidieaanvragen.verantwoord(DH, aanvraag.id(), Bedrag.euro(350), " Het feest was een succes ", "inwoner");
        assertEquals(Optional.of("Het feest was een succes"), gegevens(store.get(DH, aanvraag.id())).verantwoording());

        klok.zet(MAANDAG.plusDays(90));
        Besluit vaststelling = subsidieaanvragen.stelSubsidieVast(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
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
        klok.zet(MAANDAG.plusDays(31));
        subsidieaanvragen.verantwoord(DH, aanvraag.id(), Bedrag.euro(500), "Duurder uitgevallen", "inwoner");
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> subsidieaanvragen.stelSubsidieVast(DH,
                aanvraag.id(), Optional.of(Bedrag.euro(450)), "ambtenaar"));
        assertEquals("bedrag", e.veld());
        assertEquals("art. 4:46 lid 2 Awb", e.redenen().get(0).artikel());
        assertTrue(e.getMessage(), e.getMessage().contains("400.00"));
        assertEquals(Status.VERANTWOORD, store.get(DH, aanvraag.id()).status());
        assertEquals(1, budgetten.geboekt.size());
        assertEquals(1, store.besluiten(DH, aanvraag.id()).size());
        // by default the lower of grant and costs: the grant
        assertEquals(Optional.of(Bedrag.euro(400)), subsidieaanvragen.stelSubsidieVast(DH, aanvraag.id(), Optional.empty(), "ambtenaar")
                .bedrag());
        assertEquals(2, budgetten.geboekt.size());
    }

    // ---- inspraak

    @Test
    public void aZienswijzeAfterTheTermIsRefusedCitingTheTermsArticle() {
        Initiatief inspraak = inspraken.legTerInzage(DH, inspraak(MAANDAG, Onderwerp.OVERIG), "ambtenaar");
        Inspraakgegevens g = inspraak.gegevens(Inspraakgegevens.class);
        // six weeks from the first day ter inzage (art. 3:16 Awb): the last day is Sunday 13 July
        assertEquals(LocalDate.of(2025, 7, 13), g.zienswijzenTot());
        assertEquals(LocalDate.of(2025, 7, 14).plusWeeks(12).minusDays(1), g.reactienotaTot());

        klok.zet(LocalDate.of(2025, 7, 20));
        inspraken.dienZienswijzeIn(DH, inspraak.id(), zienswijze(LocalDate.of(2025, 7, 13), true, 30), "inwoner");
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> inspraken.dienZienswijzeIn(DH,
                inspraak.id(), zienswijze(LocalDate.of(2025, 7, 14), true, 30), "inwoner"));
        assertEquals("ontvangenOp", e.veld());
        assertEquals(List.of("art. 3:16 lid 1 Awb"), e.redenen().stream().map(Reden::artikel).toList());
        assertTrue(e.getMessage(), e.getMessage().contains("2025-07-13"));
        assertEquals(1, store.zienswijzen(DH, inspraak.id()).size());
    }

    @Test
    public void aZienswijzeFromOutsideTheCircleIsRefused() {
        Initiatief inspraak = inspraken.legTerInzage(DH, inspraak(MAANDAG, Onderwerp.OVERIG), "ambtenaar");
        for (NieuweZienswijze buiten : List.of(zienswijze(MAANDAG, false, 30), zienswijze(MAANDAG, true, 15))) {
            VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> inspraken.dienZienswijzeIn(DH,
                    inspraak.id(), buiten, "inwoner"));
            assertEquals("indiener", e.veld());
            assertEquals(List.of("art. 2 Inspraakverordening Den Haag"), e.redenen().stream().map(Reden::artikel).toList());
            assertTrue(e.getMessage(), e.getMessage().contains("ingezetenen van 16 jaar of ouder"));
        }
        // too late and outside the circle: both reasons at once
        klok.zet(LocalDate.of(2025, 8, 1));
        VerzoekGeweigerdException beide = assertThrows(VerzoekGeweigerdException.class, () -> inspraken.dienZienswijzeIn(DH,
                inspraak.id(), zienswijze(LocalDate.of(2025, 7, 30), false, 30), "inwoner"));
        assertEquals(2, beide.redenen().size());
        assertTrue(store.zienswijzen(DH, inspraak.id()).isEmpty());
        assertEquals(Set.of("leeftijd", "inhoud"), velden(assertThrows(OngeldigeInvoerException.class,
                () -> inspraken.dienZienswijzeIn(DH, inspraak.id(), new NieuweZienswijze(" ", MAANDAG, true, false, 131), "inwoner"))));
    }

    @Test
    public void theReactienotaFollowsTheTermAndAnswersEveryZienswijze() {
        Initiatief inspraak = inspraken.legTerInzage(DH, inspraak(MAANDAG, Onderwerp.OVERIG), "ambtenaar");
        Zienswijze z = inspraken.dienZienswijzeIn(DH, inspraak.id(), zienswijze(MAANDAG, true, 30), "inwoner");
        klok.zet(LocalDate.of(2025, 7, 13)); // the last day of the term
        OvergangNietToegestaanException vroeg = assertThrows(OvergangNietToegestaanException.class,
                () -> inspraken.stelReactienotaVast(DH, inspraak.id(), "Reactie", Map.of(z.id(), "Dank"), "ambtenaar"));
        assertTrue(vroeg.getMessage(), vroeg.getMessage().contains("2025-07-13"));
        assertEquals(Status.TER_INZAGE, store.get(DH, inspraak.id()).status());

        klok.zet(LocalDate.of(2025, 7, 14));
        assertThrows(OngeldigeInvoerException.class, () -> inspraken.stelReactienotaVast(DH, inspraak.id(), "Reactie", Map.of(),
                "ambtenaar"));
        Initiatief klaar = inspraken.stelReactienotaVast(DH, inspraak.id(), "Reactie", Map.of(z.id(), "Dank"), "ambtenaar");
        assertEquals(Status.REACTIENOTA_VASTGESTELD, klaar.status());
        assertEquals(Optional.of("Dank"), store.zienswijzen(DH, inspraak.id()).get(0).antwoord());
        // the draft no longer lies ter inzage
        assertThrows(OvergangNietToegestaanException.class, () -> inspraken.dienZienswijzeIn(DH, inspraak.id(),
                zienswijze(MAANDAG, true, 30), "ambtenaar"));
    }

    @Test
    public void anExcludedSubjectGetsNoInspraak() {
        VerzoekGeweigerdException e = assertThrows(VerzoekGeweigerdException.class, () -> inspraken.legTerInzage(DH,
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
        assertThrows(InitiatiefNietGevondenException.class, () -> subsidieaanvragen.beslisOpSubsidieaanvraag(DOETINCHEM, aanvraag.id(),
                Optional.empty(), "ambtenaar"));
        assertThrows(InitiatiefNietGevondenException.class, () -> service.besluiten(DOETINCHEM, aanvraag.id()));
        // nor is it an uitdaagverzoek or inspraak under its own gemeente
        assertThrows(InitiatiefNietGevondenException.class, () -> uitdaagverzoeken.beslisOpUitdaagverzoek(DH, aanvraag.id(), "ambtenaar"));
        assertThrows(InitiatiefNietGevondenException.class, () -> inspraken.zienswijzen(DH, aanvraag.id()));
    }

    @Test
    public void anUitdaagverzoekIsJudgedByTheOrdinanceOfItsDayOfReceipt() {
        Initiatief verzoek = uitdaagverzoeken.dienUitdaagverzoekIn(DH, uitdaagverzoek(), "inwoner");
        assertEquals(Status.INGEDIEND, verzoek.status());
        klok.zet(MAANDAG.plusDays(10));
        Besluit besluit = uitdaagverzoeken.beslisOpUitdaagverzoek(DH, verzoek.id(), "ambtenaar");
        assertEquals(Beoordeling.Uitkomst.TOEGEKEND, besluit.uitkomst());
        assertEquals(MAANDAG, besluit.peildatum());
        assertEquals(Optional.empty(), besluit.bedrag());
        assertEquals(Status.TOEGEKEND, store.get(DH, verzoek.id()).status());
        assertEquals(Set.of("verzoek"), velden(assertThrows(OngeldigeInvoerException.class, () -> uitdaagverzoeken.dienUitdaagverzoekIn(DH,
                new NieuwUitdaagverzoek("t", "o", Optional.empty(), null), "inwoner"))));
    }

    @Test
    public void anOrdinanceWithoutUitdaagrechtIsAnsweredWithItsOwnReasonNotARefusalItNeverMade() {
        Reden geen = new Reden("art. 1 Inspraakverordening Den Haag 2010", "Deze verordening regelt geen uitdaagrecht.");
        register.verordeningen.put(DH, geldend(new ZonderUitdaagrecht(geen), DH, "1.0.0"));

        VerzoekGeweigerdException fout = assertThrows(VerzoekGeweigerdException.class,
                () -> uitdaagverzoeken.dienUitdaagverzoekIn(DH, uitdaagverzoek(), "inwoner"));
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
        return subsidieaanvragen.dienSubsidieaanvraagIn(DH, new NieuweSubsidieaanvraag(REGELING, " Buurtfeest ", "Een feest", aanvraag),
                "inwoner");
    }

    private Initiatief verleend(long centen) {
        Initiatief aanvraag = dienIn(aanvraag(MAANDAG, centen));
        subsidieaanvragen.beslisOpSubsidieaanvraag(DH, aanvraag.id(), Optional.empty(), "ambtenaar");
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

    // ---- fakes

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

}
