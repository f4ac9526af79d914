package nl.samenspraak.gemeente.denhaag.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.aanvraag;
import static nl.samenspraak.rules.testkit.Regelstoets.beoordeel;
import static nl.samenspraak.rules.testkit.Regelstoets.termijn;

import java.time.LocalDate;

import org.junit.Test;

import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.testkit.SubsidieregelingContract;

public class HaagseBewonersinitiatievenTest extends SubsidieregelingContract {

    private static final String T = " Subsidieregeling bewonersinitiatieven Den Haag";

    private final HaagseBewonersinitiatieven regeling = new HaagseBewonersinitiatieven();

    @Override
    protected Subsidieregeling regelingOnderToets() {
        return regeling;
    }

    @Test
    public void grantsUpToTheMaximumOfEachReach() {
        beoordeel(regeling, aanvraag().schaal(Schaal.STRAAT).euro(750)).isToegekend(75_000).citeertPrecies("art. 4 lid 1" + T)
                .toelichtingBevat("EUR 750,00");
        beoordeel(regeling, aanvraag().schaal(Schaal.BUURT).euro(1_500)).isToegekend(150_000);
        beoordeel(regeling, aanvraag().schaal(Schaal.WIJK).euro(5_000)).isToegekend(500_000).toelichtingBevat("EUR 5.000,00");
    }

    @Test
    public void refusesOneCentOverTheMaximum() {
        beoordeel(regeling, aanvraag().schaal(Schaal.STRAAT).centen(75_001)).isAfgewezen().citeertPrecies("art. 4 lid 1" + T)
                .toelichtingBevat("EUR 750,01");
        beoordeel(regeling, aanvraag().schaal(Schaal.BUURT).centen(150_001)).isAfgewezen().citeertPrecies("art. 4 lid 1" + T);
        beoordeel(regeling, aanvraag().schaal(Schaal.WIJK).centen(500_001)).isAfgewezen().citeertPrecies("art. 4 lid 1" + T);
    }

    @Test
    public void citywideInitiativesFallOutsideTheScheme() {
        beoordeel(regeling, aanvraag().schaal(Schaal.STAD).euro(100)).isAfgewezen().citeertPrecies("art. 4 lid 2" + T);
    }

    @Test
    public void refusesEachUnmetConditionCitingItsArticle() {
        beoordeel(regeling, aanvraag().zonder(Kenmerk.PAST_IN_WIJKAGENDA)).isAfgewezen().citeertPrecies("art. 2 lid 1" + T);
        beoordeel(regeling, aanvraag().zonder(Kenmerk.OPENBAAR_TOEGANKELIJK)).isAfgewezen().citeertPrecies("art. 2 lid 2" + T);
        beoordeel(regeling, aanvraag().aanvrager(17)).isAfgewezen().citeertPrecies("art. 3" + T);
        beoordeel(regeling, aanvraag().aanvrager(18)).isToegekend();
        beoordeel(regeling, aanvraag().met(Kenmerk.BETAALDE_VRIJWILLIGERS)).isAfgewezen().citeertPrecies("art. 5 lid 1" + T);
        beoordeel(regeling, aanvraag().met(Kenmerk.ALCOHOLISCHE_DRANK)).isAfgewezen().citeertPrecies("art. 5 lid 2" + T);
        beoordeel(regeling, aanvraag().zonder(Kenmerk.UITGEVOERD_IN_AANVRAAGJAAR)).isAfgewezen().citeertPrecies("art. 6" + T);
        // political or religious activities are not excluded by this scheme
        beoordeel(regeling, aanvraag().met(Kenmerk.RELIGIEUS)).isToegekend();
    }

    @Test
    public void theActivityMustTakePlaceInTheYearOfApplication() {
        beoordeel(regeling, aanvraag().ingediendOp(LocalDate.of(2025, 11, 3)).activiteitOp(LocalDate.of(2025, 12, 31)))
                .isToegekend();
        beoordeel(regeling, aanvraag().ingediendOp(LocalDate.of(2025, 11, 3)).activiteitOp(LocalDate.of(2026, 1, 1)))
                .isAfgewezen().citeertPrecies("art. 6" + T).toelichtingBevat("2025");
    }

    @Test
    public void aRefusalNamesEveryUnmetCondition() {
        beoordeel(regeling, aanvraag().schaal(Schaal.STRAAT).euro(800).aanvrager(16).zonder(Kenmerk.PAST_IN_WIJKAGENDA,
                Kenmerk.OPENBAAR_TOEGANKELIJK).met(Kenmerk.BETAALDE_VRIJWILLIGERS, Kenmerk.ALCOHOLISCHE_DRANK)
                .activiteitOp(LocalDate.of(2026, 2, 1)))
                .isAfgewezen().citeertPrecies("art. 2 lid 1" + T, "art. 2 lid 2" + T, "art. 3" + T, "art. 4 lid 1" + T,
                        "art. 5 lid 1" + T, "art. 5 lid 2" + T, "art. 6" + T);
    }

    @Test
    public void decidesWithinEightWeeks() {
        termijn(regeling.feiten().beslistermijn()).weken(8).citeert("art. 4:13 Awb")
                .laatsteDag(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 27));
    }
}
