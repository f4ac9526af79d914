package nl.samenspraak.gemeente.denhaag.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.uitdaagverzoek;
import static nl.samenspraak.rules.testkit.Regelstoets.verordening;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht.Indiener;
import nl.samenspraak.rules.Inspraakrecht.Kring;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.testkit.Contract;
import nl.samenspraak.rules.testkit.Versies;

public class HaagseVerordeningenTest {

    private static final String INSPRAAK = " Inspraakverordening Den Haag";
    private static final String PARTICIPATIE = " Participatieverordening Den Haag";
    private static final LocalDate OUDJAAR = LocalDate.of(2024, 12, 31);
    private static final LocalDate NIEUWJAAR = LocalDate.of(2025, 1, 1);

    private final HaagseInspraakverordening inspraak = new HaagseInspraakverordening();
    private final HaagseParticipatieverordening participatie = new HaagseParticipatieverordening();

    @Test
    public void bothVersionsKeepTheContract() {
        Contract.verordening(inspraak, uitdaagverzoek().ontvangenOp(LocalDate.of(2024, 6, 3)));
        Contract.verordening(participatie);
    }

    @Test
    public void theParticipatieverordeningTakesOverOnNewYearsDay() {
        Versies.verwachtGeldend(DenHaag.EERSTE_DAG, inspraak, inspraak, participatie);
        Versies.verwachtGeldend(OUDJAAR, inspraak, inspraak, participatie);
        Versies.verwachtGeldend(NIEUWJAAR, participatie, inspraak, participatie);
        Versies.verwachtGeen(DenHaag.EERSTE_DAG.minusDays(1), inspraak, participatie);
        Versies.controleerAaneengesloten(List.of(inspraak, participatie, new HaagseBewonersinitiatieven(), new JurySpoorwijk(),
                new StemmingMariahoeve(), new WijkbudgetStemming()));
    }

    @Test
    public void zienswijzenWithinSixWeeksUnderBothVersions() {
        verordening(inspraak).zienswijzetermijnVoorAlle(6, "art. 3:16 lid 1 Awb jo. art. 3 lid 1" + INSPRAAK);
        verordening(participatie).zienswijzetermijnVoorAlle(6, "art. 3:16 lid 1 Awb jo. art. 5 lid 1" + PARTICIPATIE);
        // laid ter inzage on 28 January: the first day counts, so 10 March is the last day
        verordening(participatie).zienswijzetermijn(Besluitsoort.OMGEVINGSPLAN)
                .laatsteDag(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 3, 10));
    }

    @Test
    public void theCircleWidensFromResidentsAndInterestedPartiesToAnyone() {
        Indiener buitenstaander = new Indiener(false, false, 30);
        verordening(inspraak).inspraakkring(Besluitsoort.BELEIDSNOTA, Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0)
                .inspraakrechtCiteert(Besluitsoort.BELEIDSNOTA, "art. 2" + INSPRAAK)
                .staatInspraakToe(Besluitsoort.BELEIDSNOTA, new Indiener(false, true, 40))
                .staatInspraakToe(Besluitsoort.VERORDENING, new Indiener(true, false, 12))
                .staatInspraakNietToe(Besluitsoort.BELEIDSNOTA, buitenstaander);
        verordening(participatie).inspraakkring(Besluitsoort.BELEIDSNOTA, Kring.IEDEREEN, 0)
                .inspraakrechtCiteert(Besluitsoort.GEBIEDSVISIE, "art. 4" + PARTICIPATIE)
                .staatInspraakToe(Besluitsoort.BELEIDSNOTA, buitenstaander);
    }

    @Test
    public void theReactienotaComesSoonerUnderTheParticipatieverordening() {
        verordening(inspraak).reactienotatermijn().weken(12).citeert("art. 6" + INSPRAAK)
                .laatsteDag(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 6, 2));
        verordening(participatie).reactienotatermijn().weken(8).citeert("art. 7" + PARTICIPATIE)
                .laatsteDag(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 5, 5));
    }

    @Test
    public void theSameSubjectsAreExcludedFromInspraak() {
        for (HaagseVerordening v : List.of(inspraak, participatie)) {
            String artikel = v == inspraak ? "art. 4 onder %s" + INSPRAAK : "art. 6 onder %s" + PARTICIPATIE;
            verordening(v).sluitUit(Onderwerp.BEGROTING, artikel.formatted("a"))
                    .sluitUit(Onderwerp.BELASTINGEN, artikel.formatted("b")).sluitUit(Onderwerp.TARIEVEN, artikel.formatted("b"))
                    .sluitUit(Onderwerp.UITVOERING_HOGERE_REGELGEVING, artikel.formatted("c"))
                    .sluitUit(Onderwerp.SPOEDEISEND, artikel.formatted("d")).sluitNietUit(Onderwerp.OVERIG);
            verordening(v).uitdaagrechtBeslistermijn().weken(8).citeert("art. 4:13 Awb");
        }
    }

    @Test
    public void beforeTwentyTwentyFiveThereIsNoUitdaagrecht() {
        verordening(inspraak).uitdaagrecht(uitdaagverzoek().ontvangenOp(OUDJAAR)).isAfgewezen()
                .citeertPrecies("art. 150 Gemeentewet (tekst tot 1 januari 2025)").toelichtingBevat("bewonersinitiatief");
        verordening(participatie).uitdaagrecht(uitdaagverzoek().ontvangenOp(NIEUWJAAR)).isToegekend(1_200_000)
                .citeertPrecies("art. 9 lid 1" + PARTICIPATIE);
    }

    @Test
    public void theUitdaagrechtNamesEveryMissingCondition() {
        String lid2 = "art. 9 lid 2 onder ";
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.MAATSCHAPPELIJKE_MEERWAARDE))
                .isAfgewezen().citeertPrecies(lid2 + "a");
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.DRAAGVLAK_IN_BUURT))
                .isAfgewezen().citeertPrecies(lid2 + "b");
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.DESKUNDIGHEID_EN_CONTINUITEIT))
                .isAfgewezen().citeertPrecies(lid2 + "c");
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.BEGROTING_EN_FINANCIERING))
                .isAfgewezen().citeertPrecies(lid2 + "d");
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.RECHTSPERSOON))
                .isAfgewezen().citeertPrecies(lid2 + "e");
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonder(Onderbouwing.values())).isAfgewezen()
                .citeertPrecies(lid2 + "a", lid2 + "b", lid2 + "c", lid2 + "d", lid2 + "e");
        // without the budget, no legal person is needed to account for it
        verordening(participatie).uitdaagrecht(uitdaagverzoek().zonderBudget().zonder(Onderbouwing.RECHTSPERSOON)).isToegekend(0);
    }
}
