package nl.samenspraak.core.internal.wijkbudget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import nl.samenspraak.allocation.AllocationEngine;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Wijk;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.PapierenStemmenService.Import;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService.NieuwPlan;
import nl.samenspraak.api.wijkbudget.RondeService.NieuweRonde;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;
import nl.samenspraak.api.wijkbudget.StemService.Kiezer;
import nl.samenspraak.api.wijkbudget.StemService.Stempassen;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.testsupport.Klok;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.TeVaakGeprobeerdException;
import nl.samenspraak.testsupport.NepBudgetten;
import nl.samenspraak.testsupport.NepBudgetten.Geboekt;
import nl.samenspraak.testsupport.NepGemeenten;
import nl.samenspraak.testsupport.NepRegels;
import nl.samenspraak.testsupport.NepWijkbudgetStore;

/**
 * The four wijkbudget services together, without OSGi, on the shared fakes: a round from opening to result,
 * with the refusals a resident or civil servant meets on the way.
 */
public class WijkbudgetRondeTest {

    private static final String DOETINCHEM = "GM0222";
    private static final String HUET = "WK022291";
    private static final String CENTRUM = "WK022290";
    private static final Reden OPZET = new Reden("art. 4 Regeling wijkbudget Doetinchem", "Bewoners van 16+ uit de wijk stemmen.");

    private final Klok klok = new Klok(LocalDate.of(2026, 3, 2));
    private final NepBudgetten budgetten = new NepBudgetten();
    private final NepWijkbudgetStore store = new NepWijkbudgetStore(budgetten);
    private final NepRegels regels = new NepRegels();
    private final NepGemeenten gemeenten = new NepGemeenten(new Gemeente(DOETINCHEM, "Doetinchem",
            List.of(new Wijk(HUET, "De Huet"), new Wijk(CENTRUM, "Centrum"))));
    private final Stembus stembus = new Stembus(store, gemeenten, new Stemgeheim(new byte[32]), klok.kalender(), eenSchrijver());
    private final Rondes rondes = new Rondes(store, regels, gemeenten, budgetten, stembus, klok.kalender());
    private final Stemmen stemmen = new Stemmen(store, gemeenten, new Stemgeheim(new byte[32]), stembus, klok.kalender());
    private final PapierenStemmen papier = new PapierenStemmen(stembus);
    private final Uitslagen uitslagen = new Uitslagen(store, regels, gemeenten, stembus, klok.kalender());

    public WijkbudgetRondeTest() {
        regels.processen.add(NepRegels.geldend(new Gretig(), DOETINCHEM, "1.0.0"));
    }

    @Test
    public void aRoundFromOpeningToResult() {
        String budget = budgetten.open(DOETINCHEM, "Wijkbudget De Huet", HUET, null, 50_000_00);
        Ronde ronde = rondes.open(DOETINCHEM, new NieuweRonde("De Huet 2026", HUET, Bedrag.euro(10_000), budget,
                Optional.empty(), Map.of()), "ambtenaar");
        assertEquals("the only process in force today is taken", "gretig", ronde.proces());
        assertEquals(klok.kalender().vandaag(), ronde.peildatum());

        Plan speeltuin = rondes.dienPlanIn(DOETINCHEM, ronde.id(), new NieuwPlan("Speeltuin", "Nieuwe toestellen",
                Bedrag.euro(6_000)), "bewoner1");
        Plan bankjes = rondes.dienPlanIn(DOETINCHEM, ronde.id(), new NieuwPlan("Bankjes", "Bij de vijver", Bedrag.euro(3_000)),
                "bewoner2");
        Plan kunst = rondes.dienPlanIn(DOETINCHEM, ronde.id(), new NieuwPlan("Kunst", "Een muurschildering", Bedrag.euro(5_000)),
                "bewoner3");
        assertThrows("support cannot be skipped when plans need it", FaseException.class,
                () -> rondes.naarFase(DOETINCHEM, ronde.id(), Fase.HAALBAARHEIDSTOETS, "ambtenaar"));
        rondes.naarFase(DOETINCHEM, ronde.id(), Fase.STEUN_VERZAMELEN, "ambtenaar");
        for (Plan plan : List.of(speeltuin, bankjes, kunst)) {
            rondes.steun(DOETINCHEM, ronde.id(), plan.id(), "buur1");
            rondes.steun(DOETINCHEM, ronde.id(), plan.id(), "buur2");
            rondes.steun(DOETINCHEM, ronde.id(), plan.id(), "buur2"); // a second time counts once
        }
        rondes.naarFase(DOETINCHEM, ronde.id(), Fase.HAALBAARHEIDSTOETS, "ambtenaar");
        rondes.toets(DOETINCHEM, ronde.id(), speeltuin.id(), true, "Kan", Optional.empty(), "ambtenaar");
        rondes.toets(DOETINCHEM, ronde.id(), bankjes.id(), true, "Kan, duurder", Optional.of(Bedrag.euro(4_000)), "ambtenaar");
        rondes.toets(DOETINCHEM, ronde.id(), kunst.id(), false, "Muur is van een ander", Optional.empty(), "ambtenaar");
        rondes.naarFase(DOETINCHEM, ronde.id(), Fase.STEMMEN, "ambtenaar");

        Stempassen passen = stemmen.geefStempassenUit(DOETINCHEM, ronde.id(), List.of(
                new Kiezer("a", LocalDate.of(1980, 1, 1), HUET), new Kiezer("b", LocalDate.of(1990, 1, 1), HUET),
                new Kiezer("c", LocalDate.of(1970, 1, 1), HUET), new Kiezer("kind", LocalDate.of(2012, 1, 1), HUET),
                new Kiezer("elders", LocalDate.of(1980, 1, 1), CENTRUM)), "ambtenaar");
        assertEquals(List.of("a", "b", "c"), List.copyOf(passen.uitgegeven().keySet()));
        assertEquals(OPZET.artikel(), passen.geweigerd().get("kind").artikel());
        assertTrue(passen.geweigerd().get("elders").toelichting().contains("Alleen bewoners van wijk " + HUET));
        assertEquals("a resident gets one pass", List.of("a"), List.copyOf(stemmen.geefStempassenUit(DOETINCHEM, ronde.id(),
                List.of(new Kiezer("a", LocalDate.of(1980, 1, 1), HUET)), "ambtenaar").geweigerd().keySet()));

        String codeA = passen.uitgegeven().get("a");
        stemmen.stem(DOETINCHEM, ronde.id(), " " + codeA.toLowerCase().replace("-", " ") + " ", List.of(speeltuin.id()), Map.of());
        assertEquals(Waarom.AL_GESTEMD, weigering(() -> stemmen.stem(DOETINCHEM, ronde.id(), codeA, List.of(bankjes.id()), Map.of())));
        assertEquals(Waarom.ONBEKENDE_STEMCODE, weigering(() -> stemmen.stem(DOETINCHEM, ronde.id(), "AAAA-BBBB-CCCC",
                List.of(bankjes.id()), Map.of())));
        assertEquals("the infeasible plan is not on the ballot", Waarom.ONGELDIG_STEMBILJET,
                weigering(() -> stemmen.stem(DOETINCHEM, ronde.id(), passen.uitgegeven().get("b"), List.of(kunst.id()), Map.of())));
        assertEquals("a plan twice on one ballot", Waarom.ONGELDIG_STEMBILJET, weigering(() -> stemmen.stem(DOETINCHEM,
                ronde.id(), passen.uitgegeven().get("b"), List.of(speeltuin.id(), bankjes.id(), bankjes.id()), Map.of())));
        stemmen.stem(DOETINCHEM, ronde.id(), passen.uitgegeven().get("b"), List.of(bankjes.id()), Map.of());

        String vooraf = "# papieren stemmen\n" + passen.uitgegeven().get("c") + ";" + bankjes.id() + "\n" + codeA + ";"
                + speeltuin.id() + "\n" + passen.uitgegeven().get("c") + ";" + speeltuin.id() + "\nAAAA-BBBB-CCCC;" + bankjes.id()
                + "\n";
        int stemmenVooraf = store.stemmen.get(ronde.id()).size();
        Import voorbeeld = papier.controleerPapierenStemmen(DOETINCHEM, ronde.id(), vooraf);
        assertEquals(1, voorbeeld.ingelezen());
        assertEquals("voted digitally, twice in the file, unknown", List.of(3, 4, 5), List.copyOf(voorbeeld.geweigerd().keySet()));
        assertTrue(voorbeeld.geweigerd().get(4), voorbeeld.geweigerd().get(4).contains("eerder in dit bestand"));
        assertEquals("the preview stores nothing", stemmenVooraf, store.stemmen.get(ronde.id()).size());

        Import ingelezen = papier.importeerPapierenStemmen(DOETINCHEM, ronde.id(), "# papieren stemmen\n"
                + passen.uitgegeven().get("c") + ";" + bankjes.id() + "\n" + codeA + ";" + speeltuin.id() + "\n", "ambtenaar");
        assertEquals(1, ingelezen.ingelezen());
        assertEquals("the same code cannot vote on paper too", List.of(3), List.copyOf(ingelezen.geweigerd().keySet()));

        Ronde gesloten = uitslagen.sluit(DOETINCHEM, ronde.id(), "ambtenaar");
        Uitslag uitslag = gesloten.uitslag().orElseThrow();
        assertEquals(Fase.UITSLAG, gesloten.fase());
        assertEquals("bankjes (4,000 as checked) and speeltuin (6,000) fill the 10,000; kunst was not on the ballot",
                Set.of(bankjes.id(), speeltuin.id()), Set.copyOf(uitslag.gekozen()));
        assertEquals(Bedrag.euro(10_000), uitslag.toegewezen());
        assertEquals(Bedrag.NUL, uitslag.resterend());
        assertEquals(2, uitslag.digitaleStemmen());
        assertEquals(1, uitslag.papierenStemmen());
        assertEquals(Set.of(new Geboekt(budget, BoekingSoort.TOEKENNING, Bedrag.euro(4_000), bankjes.id()),
                new Geboekt(budget, BoekingSoort.TOEKENNING, Bedrag.euro(6_000), speeltuin.id())), Set.copyOf(budgetten.geboekt));
        assertEquals(2, budgetten.geboekt.size());
        assertEquals("the ballot paper was dropped with the phase change", Waarom.BUITEN_DE_STEMPERIODE,
                weigering(() -> stemmen.stem(DOETINCHEM, ronde.id(), passen.uitgegeven().get("c"), List.of(), Map.of())));

        String pb = uitslagen.alsPabulib(DOETINCHEM, ronde.id());
        assertTrue(pb, pb.contains("subunit;De Huet") && pb.contains("date_end;2026-03-02"));
        assertTrue(pb, pb.contains("paper") && pb.contains("internet"));
        assertTrue("voters are known by their keyed hash only", !pb.contains(codeA));
    }

    @Test
    public void aRoundCannotBeClosedOutsideTheVoteNorAskedForAnotherGemeente() {
        String budget = budgetten.open(DOETINCHEM, "Wijkbudget De Huet", HUET, null, 50_000_00);
        Ronde ronde = rondes.open(DOETINCHEM, new NieuweRonde("De Huet 2026", HUET, Bedrag.euro(10_000), budget,
                Optional.empty(), Map.of()), "ambtenaar");
        assertThrows(FaseException.class, () -> uitslagen.sluit(DOETINCHEM, ronde.id(), "ambtenaar"));
        assertThrows(FaseException.class, () -> uitslagen.alsPabulib(DOETINCHEM, ronde.id()));
        assertThrows(nl.samenspraak.api.gemeente.GemeenteNietBediendException.class, () -> rondes.get("GM0518", ronde.id()));
        assertTrue(budgetten.geboekt.isEmpty());
    }

    /** A round never promises more than its budget has left, counting the other rounds on it without a result. */
    @Test
    public void aRoundCannotPromiseMoreThanItsBudgetHasLeft() {
        String budget = budgetten.open(DOETINCHEM, "Wijkbudget De Huet", HUET, null, 50_000_00);
        rondes.open(DOETINCHEM, new NieuweRonde("Eerste", HUET, Bedrag.euro(30_000), budget, Optional.empty(), Map.of()), "ambtenaar");
        int voor = store.list(DOETINCHEM).size();
        OngeldigeInvoerException te = assertThrows(OngeldigeInvoerException.class, () -> rondes.open(DOETINCHEM,
                new NieuweRonde("Tweede", HUET, Bedrag.euro(30_000), budget, Optional.empty(), Map.of()), "ambtenaar"));
        assertEquals("bedrag", te.overtredingen().get(0).veld());
        assertTrue(te.getMessage(), te.overtredingen().get(0).reden().contains("20000.00"));
        assertEquals("nothing stored", voor, store.list(DOETINCHEM).size());
        rondes.open(DOETINCHEM, new NieuweRonde("Tweede", HUET, Bedrag.euro(20_000), budget, Optional.empty(), Map.of()), "ambtenaar");
    }

    /** Guessing codes is slowed down per address (10 free) and per round (100 free), never for good. */
    @Test
    public void wrongVotingCodesAreSlowedDownPerAddressAndPerRound() {
        String budget = budgetten.open(DOETINCHEM, "Wijkbudget De Huet", HUET, null, 50_000_00);
        Ronde ronde = rondes.open(DOETINCHEM, new NieuweRonde("De Huet 2026", HUET, Bedrag.euro(10_000), budget,
                Optional.empty(), Map.of()), "ambtenaar");
        Plan speeltuin = rondes.dienPlanIn(DOETINCHEM, ronde.id(), new NieuwPlan("Speeltuin", "Nieuwe toestellen",
                Bedrag.euro(6_000)), "bewoner1");
        rondes.naarFase(DOETINCHEM, ronde.id(), Fase.STEUN_VERZAMELEN, "ambtenaar");
        rondes.steun(DOETINCHEM, ronde.id(), speeltuin.id(), "buur1");
        rondes.steun(DOETINCHEM, ronde.id(), speeltuin.id(), "buur2");
        rondes.naarFase(DOETINCHEM, ronde.id(), Fase.HAALBAARHEIDSTOETS, "ambtenaar");
        rondes.toets(DOETINCHEM, ronde.id(), speeltuin.id(), true, "Kan", Optional.empty(), "ambtenaar");
        rondes.naarFase(DOETINCHEM, ronde.id(), Fase.STEMMEN, "ambtenaar");
        String code = stemmen.geefStempassenUit(DOETINCHEM, ronde.id(), List.of(new Kiezer("a", LocalDate.of(1980, 1, 1), HUET)),
                "ambtenaar").uitgegeven().get("a");
        List<String> stem = List.of(speeltuin.id());

        for (int i = 0; i < 10; i++) {
            assertEquals(Waarom.ONBEKENDE_STEMCODE, weigering(() -> stemmen.stem(DOETINCHEM, ronde.id(), "AAAA-BBBB-CCCC", stem,
                    Map.of(), "10.0.0.1")));
        }
        TeVaakGeprobeerdException teVaak = assertThrows(TeVaakGeprobeerdException.class,
                () -> stemmen.stem(DOETINCHEM, ronde.id(), code, stem, Map.of(), "10.0.0.1"));
        assertEquals("not checked while waiting, not even the right code", java.time.Duration.ofSeconds(1).toSeconds(),
                TeVaakGeprobeerdException.seconden(teVaak.wachttijd()));
        assertTrue("nothing stored", store.stemmen(DOETINCHEM, ronde.id()).isEmpty());
        // another address votes with the right code
        stemmen.stem(DOETINCHEM, ronde.id(), code, stem, Map.of(), "10.0.0.2");

        for (int i = 0; i < 90; i++) { // with the 10 above, the round has its 100 free wrong codes
            String adres = "10.1.0." + i;
            weigering(() -> stemmen.stem(DOETINCHEM, ronde.id(), "AAAA-BBBB-CCCD", stem, Map.of(), adres));
        }
        assertThrows("past 100 wrong codes the round waits, from any address", TeVaakGeprobeerdException.class,
                () -> stemmen.stem(DOETINCHEM, ronde.id(), "AAAA-BBBB-CCCE", stem, Map.of(), "10.2.0.1"));
    }

    private static Waarom weigering(Runnable stem) {
        return assertThrows(StemGeweigerdException.class, stem::run).waarom();
    }

    /** Greedy by votes within the budget, as most cities decide; set up like Doetinchem's rounds. */
    private static final class Gretig implements Toewijzingsproces {
        @Override
        public RegelsInfo info() {
            return RegelsInfo.vanaf("Regeling wijkbudget Doetinchem", "gemeenteblad 2025, 12", LocalDate.of(2025, 1, 1));
        }

        @Override
        public String proces() {
            return "gretig";
        }

        @Override
        public List<String> wijken() {
            return List.of();
        }

        @Override
        public Toewijzing wijsToe(Instance ronde) {
            Outcome uitkomst = AllocationEngine.allocate(ronde, Rule.GREEDY);
            return new Toewijzing(uitkomst.selectedIds(), uitkomst.explanation(), List.of(OPZET));
        }

        @Override
        public Optional<Rondeopzet> rondeopzet() {
            return Optional.of(new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 2, true, 16, true,
                    Rondeopzet.Stembiljet.binnenBudget(), OPZET));
        }
    }

    private static Stembus.Config eenSchrijver() {
        return new Stembus.Config() {
            @Override
            public int schrijvers() {
                return 1;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return Stembus.Config.class;
            }
        };
    }
}
