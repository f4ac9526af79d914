package nl.samenspraak.gemeente.rotterdam.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.aanvraag;
import static nl.samenspraak.rules.testkit.Regelstoets.beoordeel;
import static nl.samenspraak.rules.testkit.Regelstoets.termijn;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.Test;

import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.testkit.AanvraagBouwer;
import nl.samenspraak.rules.testkit.SubsidieregelingContract;
import nl.samenspraak.rules.testkit.Versies;

public class RotterdamseBewonersinitiatievenTest extends SubsidieregelingContract {

    private static final String T = " Subsidieregeling bewonersinitiatieven Rotterdam";
    private static final String WIJK = "WK059901";
    private static final String WIJK_MET_HOGER_MAXIMUM = "WK059990";

    private final RotterdamseBewonersinitiatieven regeling = new RotterdamseBewonersinitiatieven();

    @Override
    protected Subsidieregeling regelingOnderToets() {
        return regeling;
    }

    @Override
    protected AanvraagBouwer basisaanvraag() {
        return aanvraag().wijk(WIJK);
    }

    @Override
    protected List<String> wijken() {
        return List.of(WIJK_MET_HOGER_MAXIMUM, "WK059991");
    }

    private static AanvraagBouwer basis() {
        return aanvraag().ingediendOp(LocalDate.of(2025, 3, 3)).wijk(WIJK);
    }

    @Test
    public void grantsFirstComeFirstServedUpToTheWijksMaximum() {
        beoordeel(regeling, basis().euro(10_000)).isToegekend(1_000_000).citeertPrecies("art. 4 lid 1" + T, "art. 5" + T)
                .toelichtingBevat("volgorde van binnenkomst").toelichtingBevat("EUR 10.000,00");
        beoordeel(regeling, basis().centen(1_000_001)).isAfgewezen().citeertPrecies("art. 4 lid 1" + T);
        beoordeel(regeling, basis().wijk(WIJK_MET_HOGER_MAXIMUM).euro(20_000)).isToegekend(2_000_000).citeert("art. 4 lid 2" + T);
        beoordeel(regeling, basis().wijk(WIJK_MET_HOGER_MAXIMUM).centen(2_000_001)).isAfgewezen().citeertPrecies("art. 4 lid 2" + T);
    }

    @Test
    public void applyAtLeastSixWeeksAhead() {
        beoordeel(regeling, basis().activiteitNa(Period.ofWeeks(6))).isToegekend();
        beoordeel(regeling, basis().activiteitOp(LocalDate.of(2025, 4, 13))).isAfgewezen().citeertPrecies("art. 3 lid 1" + T)
                .toelichtingBevat("minder dan zes weken");
    }

    @Test
    public void theApplicantIsAnAdultWithFourSupportersOfTwelveOrOlder() {
        beoordeel(regeling, basis().aanvrager(18)).isToegekend();
        beoordeel(regeling, basis().aanvrager(17)).isAfgewezen().citeertPrecies("art. 3 lid 2" + T);
        beoordeel(regeling, basis().ondersteuners(4, 12)).isToegekend();
        beoordeel(regeling, basis().ondersteuners(3, 40)).isAfgewezen().citeertPrecies("art. 3 lid 3" + T)
                .toelichtingBevat("3 handtekening");
        beoordeel(regeling, basis().ondersteuners(12, 12, 12, 11, 9)).isAfgewezen().citeertPrecies("art. 3 lid 3" + T);
    }

    @Test
    public void noPoliticalOrReligiousActivities() {
        beoordeel(regeling, basis().met(Kenmerk.POLITIEK)).isAfgewezen().citeertPrecies("art. 6 onder a" + T);
        beoordeel(regeling, basis().met(Kenmerk.RELIGIEUS)).isAfgewezen().citeertPrecies("art. 6 onder b" + T);
        // what Den Haag excludes is allowed here
        beoordeel(regeling, basis().met(Kenmerk.ALCOHOLISCHE_DRANK).zonder(Kenmerk.PAST_IN_WIJKAGENDA)).isToegekend();
    }

    @Test
    public void anApplicationWithoutItsWijkIsIncomplete() {
        beoordeel(regeling, basis().zonderWijk()).heeftAanvullingNodig().citeertPrecies("art. 2" + T + " jo. art. 4:5 Awb");
    }

    @Test
    public void aRefusalNamesEveryUnmetConditionIncludingTheMissingWijk() {
        beoordeel(regeling, basis().zonderWijk().euro(12_000).aanvrager(16).ondersteuners(2, 30).activiteitNaDagen(10)
                .met(Kenmerk.POLITIEK, Kenmerk.RELIGIEUS)).isAfgewezen()
                .citeertPrecies("art. 3 lid 1" + T, "art. 3 lid 2" + T, "art. 3 lid 3" + T, "art. 4 lid 1" + T,
                        "art. 6 onder a" + T, "art. 6 onder b" + T, "art. 2" + T);
    }

    @Test
    public void decidedWithinEightWeeksExtendableOnce() {
        termijn(regeling.feiten().beslistermijn()).weken(8).citeert("art. 7 lid 1" + T)
                .laatsteDag(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 27));
        termijn(regeling.verdaging().orElseThrow()).weken(8).citeert("art. 7 lid 2" + T).citeert("art. 4:14 Awb")
                .laatsteDag(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 6, 22));
    }

    @Test
    public void inForceFromTwentyTwentyFive() {
        Versies.verwachtGeen(LocalDate.of(2024, 12, 31), regeling);
        Versies.verwachtGeldend(LocalDate.of(2025, 1, 1), regeling, regeling);
        Versies.controleerGeenOverlap(List.of(regeling, new RotterdamseParticipatieverordening()));
    }
}
